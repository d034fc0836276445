package id.pelita.shared.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import id.pelita.enrolment.EnrolmentSettings;
import id.pelita.notification.NotificationSettings;
import id.pelita.shared.scheduling.RecurringJobs.Misfire;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.SimpleTrigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecurringJobsTests {

	static final JobKey KEY = JobKey.jobKey("some-job", "some-module");

	@Test
	void aTriggerHasTheJobsIdentityAndStartsWhenAsked() {
		Instant first = Instant.parse("2026-12-03T01:00:00Z");
		SimpleTrigger trigger = (SimpleTrigger) RecurringJobs.every(KEY, Duration.ofMinutes(3), Misfire.SKIP, first);
		assertThat(trigger.getKey().getName()).isEqualTo("some-job");
		assertThat(trigger.getKey().getGroup()).isEqualTo("some-module");
		assertThat(trigger.getJobKey()).isEqualTo(KEY);
		assertThat(trigger.getStartTime().toInstant()).isEqualTo(first);
	}

	@Test
	void badSchedulesAreRefusedNamingTheSetting() {
		assertThatThrownBy(() -> new NotificationSettings.Jobs(Duration.ofSeconds(10), "every hour", "0 0 7 1 * ?"))
			.hasMessageContaining("pelita.notification.jobs.registration-closing");
		assertThatThrownBy(() -> new EnrolmentSettings.Jobs(Duration.ZERO))
			.hasMessageContaining("pelita.enrolment.jobs.waitlist-promotion");
		assertThatThrownBy(() -> RecurringJobs.cron(KEY, "61 * * * * ?", ZoneId.of("Asia/Jakarta"), Misfire.SKIP))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
