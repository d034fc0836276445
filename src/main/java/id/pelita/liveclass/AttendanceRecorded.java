package id.pelita.liveclass;

/** Attendance of a person in a session changed (a new or closed interval, an import, a manual correction). */
public record AttendanceRecorded(long sessionId, long runId, long accountId, AttendanceSource source) {
}
