/**
 * Live sessions of a run on Jitsi or Zoom, the video providers behind them (one {@code VideoMeetingProvider} bean
 * each, picked by the id a session stores), per-person attendance and Zoom's webhooks; sessions as iCalendar
 * invitations, files and personal feeds ({@code SessionCalendar}, {@code CalendarFeedService}). Publishes
 * {@code LiveSessionScheduled}, {@code LiveSessionRescheduled}, {@code LiveSessionCancelled} and
 * {@code AttendanceRecorded}.
 */
@ApplicationModule(allowedDependencies = { "shared", "catalog", "enrolment", "identity" })
@NullMarked
package id.pelita.liveclass;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
