package id.pelita.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The Quartz cluster as its tables tell: the nodes with their last check-in, the triggers that missed their time
 * by more than the misfire threshold, and whether this node's scheduler runs.
 */
public record QuartzStatus(String schedulerName, boolean startedHere, List<Node> nodes, long misfiredTriggers,
		@Nullable String error) {

	/** One node of the cluster; {@code stale} when it has not checked in for three of its intervals. */
	public record Node(String instanceId, Instant lastCheckIn, Duration checkInInterval, boolean stale) {
	}

	public long liveNodes() {
		return this.nodes.stream().filter(node -> !node.stale()).count();
	}

}
