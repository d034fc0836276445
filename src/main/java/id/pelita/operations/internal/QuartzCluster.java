package id.pelita.operations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.pelita.operations.QuartzStatus;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Quartz cluster from its own tables: the nodes in {@code qrtz_scheduler_state} with their last check-in, and
 * the waiting triggers whose fire time passed more than the misfire threshold ago (no node fired them).
 */
@Component
public class QuartzCluster {

	/** A node counts as gone after this many of its check-in intervals without a check-in. */
	static final int STALE_INTERVALS = 3;

	private final JdbcClient jdbc;

	private final Scheduler scheduler;

	private final Duration misfireThreshold;

	private final Clock clock;

	QuartzCluster(JdbcClient jdbc, Scheduler scheduler,
			@Value("${spring.quartz.properties.org.quartz.jobStore.misfireThreshold:60000}") long misfireThresholdMillis,
			Clock clock) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
		this.misfireThreshold = Duration.ofMillis(misfireThresholdMillis);
		this.clock = clock;
	}

	public QuartzStatus status() {
		String name = "?";
		boolean started = false;
		try {
			name = this.scheduler.getSchedulerName();
			started = this.scheduler.isStarted() && !this.scheduler.isInStandbyMode() && !this.scheduler.isShutdown();
			Instant now = this.clock.instant();
			String schedulerName = name;
			List<QuartzStatus.Node> nodes = this.jdbc.sql("""
					select instance_name, last_checkin_time, checkin_interval from qrtz_scheduler_state
					where sched_name = ? order by instance_name""")
				.param(schedulerName)
				.query((rs, row) -> node(rs.getString("instance_name"), rs.getLong("last_checkin_time"),
						rs.getLong("checkin_interval"), now))
				.list();
			long misfired = this.jdbc.sql("""
					select count(*) from qrtz_triggers
					where sched_name = ? and trigger_state = 'WAITING' and next_fire_time < ?""")
				.param(schedulerName)
				.param(now.minus(this.misfireThreshold).toEpochMilli())
				.query(Long.class)
				.single();
			return new QuartzStatus(schedulerName, started, nodes, misfired, null);
		}
		catch (SchedulerException | DataAccessException ex) {
			return new QuartzStatus(name, started, List.of(), 0, String.valueOf(ex.getMessage()));
		}
	}

	private static QuartzStatus.Node node(String instance, long checkIn, long interval, Instant now) {
		Instant last = Instant.ofEpochMilli(checkIn);
		Duration every = Duration.ofMillis(interval);
		return new QuartzStatus.Node(instance, last, every, last.plus(every.multipliedBy(STALE_INTERVALS)).isBefore(now));
	}

}
