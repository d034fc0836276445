package id.pelita.liveclass;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.liveclass.internal.SessionRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Stored sessions as pages and other modules see them, with their run's name and course title (one look-up). */
@Component
class SessionViews {

	private final RunService runs;

	SessionViews(RunService runs) {
		this.runs = runs;
	}

	/** The sessions in the given order; join addresses only when {@code withJoinUrl}. */
	List<LiveSession> of(Collection<SessionRecord> records, boolean withJoinUrl) {
		if (records.isEmpty()) {
			return List.of();
		}
		Map<Long, RunDetails> runById = this.runs.runs(records.stream().map(SessionRecord::getRunId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(RunDetails::id, Function.identity()));
		return records.stream().map(record -> view(record, runById.get(record.getRunId()), withJoinUrl)).toList();
	}

	/** The session's meeting as its provider sees it. */
	static Meeting meeting(SessionRecord record) {
		return new Meeting(record.getId(), record.getRunId(), record.getTitle(), record.getInstructor(),
				record.getStartsAt(), record.getDurationMinutes(), record.getZone(),
				record.getStatus() == SessionStatus.CANCELLED, record.getRoomName(), record.getMeetingId(),
				record.getJoinUrl(), record.getMeetingState());
	}

	static LiveSession view(SessionRecord record, @Nullable RunDetails run, boolean withJoinUrl) {
		return new LiveSession(record.getId(), record.getRunId(), run == null ? "" : run.name(),
				run == null ? "" : run.courseTitle(), record.getTitle(), record.getStartsAt(),
				record.getDurationMinutes(), record.getZone(), record.getProvider(), record.getHostAccountId(),
				record.getInstructor(), record.getRecordingUrl(), record.getStatus(), record.getCancelReason(),
				record.getSequence(), record.getMeetingState(), record.getMeetingError(), record.getMeetingRetryAt(),
				withJoinUrl ? record.getJoinUrl() : null);
	}

}
