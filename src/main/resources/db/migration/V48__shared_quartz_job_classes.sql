-- The module template moved every Quartz job class into <module>/internal/jobs (job and trigger names and groups
-- are unchanged). Jobs stored in the clustered job store before the move keep their triggers; they only need the new
-- class names. Recurring jobs are rewritten at start-up anyway; this matters for the one-shot Zoom jobs of sessions
-- (zoom-meeting-sync-*, zoom-attendance-import-*) and the durable session-reminder job.
UPDATE QRTZ_JOB_DETAILS SET JOB_CLASS_NAME = 'id.pelita.enrolment.internal.jobs.WaitlistPromotionJob'
  WHERE JOB_CLASS_NAME = 'id.pelita.enrolment.internal.WaitlistPromotionJob';
UPDATE QRTZ_JOB_DETAILS SET JOB_CLASS_NAME = 'id.pelita.liveclass.internal.jobs.ZoomMeetingSyncJob'
  WHERE JOB_CLASS_NAME = 'id.pelita.liveclass.internal.zoom.ZoomMeetingSyncJob';
UPDATE QRTZ_JOB_DETAILS SET JOB_CLASS_NAME = 'id.pelita.liveclass.internal.jobs.ZoomAttendanceImportJob'
  WHERE JOB_CLASS_NAME = 'id.pelita.liveclass.internal.zoom.ZoomAttendanceImportJob';
UPDATE QRTZ_JOB_DETAILS SET JOB_CLASS_NAME = 'id.pelita.liveclass.internal.jobs.ZoomPendingMeetingsSweepJob'
  WHERE JOB_CLASS_NAME = 'id.pelita.liveclass.internal.zoom.ZoomPendingMeetingsSweepJob';
UPDATE QRTZ_JOB_DETAILS SET JOB_CLASS_NAME = 'id.pelita.liveclass.internal.jobs.ZoomAttendanceImportSweepJob'
  WHERE JOB_CLASS_NAME = 'id.pelita.liveclass.internal.zoom.ZoomAttendanceImportSweepJob';
UPDATE QRTZ_JOB_DETAILS SET JOB_CLASS_NAME = 'id.pelita.notification.internal.jobs.OutboxDeliveryJob'
  WHERE JOB_CLASS_NAME = 'id.pelita.notification.internal.OutboxDeliveryJob';
UPDATE QRTZ_JOB_DETAILS SET JOB_CLASS_NAME = 'id.pelita.notification.internal.jobs.SessionReminderJob'
  WHERE JOB_CLASS_NAME = 'id.pelita.notification.internal.SessionReminderJob';
UPDATE QRTZ_JOB_DETAILS SET JOB_CLASS_NAME = 'id.pelita.notification.internal.jobs.CoordinatorJobs$RegistrationClosingJob'
  WHERE JOB_CLASS_NAME = 'id.pelita.notification.internal.CoordinatorJobs$RegistrationClosingJob';
UPDATE QRTZ_JOB_DETAILS SET JOB_CLASS_NAME = 'id.pelita.notification.internal.jobs.CoordinatorJobs$MonthlyDigestJob'
  WHERE JOB_CLASS_NAME = 'id.pelita.notification.internal.CoordinatorJobs$MonthlyDigestJob';
