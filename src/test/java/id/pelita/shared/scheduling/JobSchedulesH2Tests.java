package id.pelita.shared.scheduling;

import java.time.Duration;
import java.util.TimeZone;

import id.pelita.support.H2Test;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every recurring job keeps its stored identity and takes its schedule from {@code pelita.<module>.jobs.*}; the
 * settings changed here show in the triggers the clustered scheduler holds.
 */
@H2Test
@TestPropertySource(properties = { "spring.quartz.scheduler-name=pelita-schedules-h2",
		"pelita.enrolment.jobs.waitlist-promotion=7m", "pelita.liveclass.jobs.attendance-close-silent=90s",
		"pelita.notification.jobs.registration-closing=0 15 * * * ?", "pelita.outbox.scheduled=true",
		"pelita.notification.jobs.outbox-delivery=1h" })
class JobSchedulesH2Tests {

	@Autowired
	Scheduler scheduler;

	@Test
	void intervalsComeFromTheModulesSettings() throws Exception {
		assertThat(simple("waitlist-promotion", "enrolment").getRepeatInterval())
			.isEqualTo(Duration.ofMinutes(7).toMillis());
		assertThat(simple("waitlist-promotion", "enrolment").getMisfireInstruction())
			.isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT);
		assertThat(simple("attendance-close-silent", "liveclass").getRepeatInterval())
			.isEqualTo(Duration.ofSeconds(90).toMillis());
		assertThat(simple("outbox-delivery", "notification").getRepeatInterval())
			.isEqualTo(Duration.ofHours(1).toMillis());
		assertThat(simple("outbox-delivery", "notification").getMisfireInstruction())
			.isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT);
	}

	@Test
	void cronsComeFromTheSettingsAndAreReadInWib() throws Exception {
		CronTrigger closing = cron("registration-closing", "notification");
		assertThat(closing.getCronExpression()).isEqualTo("0 15 * * * ?");
		assertThat(closing.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
		CronTrigger digest = cron("agency-digest", "notification");
		assertThat(digest.getCronExpression()).isEqualTo("0 0 7 1 * ?");
		assertThat(digest.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Jakarta"));
		assertThat(digest.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
	}

	@Test
	void theDurableReminderJobKeepsItsIdentity() throws Exception {
		assertThat(this.scheduler.getJobDetail(JobKey.jobKey("session-reminder", "session-reminders")).requestsRecovery())
			.isTrue();
	}

	private SimpleTrigger simple(String name, String group) throws Exception {
		Trigger trigger = this.scheduler.getTrigger(TriggerKey.triggerKey(name, group));
		assertThat(trigger).as(name).isInstanceOf(SimpleTrigger.class);
		assertThat(trigger.getJobKey()).isEqualTo(JobKey.jobKey(name, group));
		return (SimpleTrigger) trigger;
	}

	private CronTrigger cron(String name, String group) throws Exception {
		Trigger trigger = this.scheduler.getTrigger(TriggerKey.triggerKey(name, group));
		assertThat(trigger).as(name).isInstanceOf(CronTrigger.class);
		return (CronTrigger) trigger;
	}

}
