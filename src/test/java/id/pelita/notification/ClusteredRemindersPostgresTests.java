package id.pelita.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import id.pelita.liveclass.LiveClassFixtures;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.Await;
import id.pelita.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.listeners.JobListenerSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Quartz scheduler instances of one cluster on one PostgreSQL: this context's and a second one built the same
 * way. Every reminder of 200 sessions fires exactly once: with both nodes firing, after the second one stops in the
 * middle of the run, and for ten reminders a third node was executing when it was killed (recovered by the cluster).
 */
@PostgresTest
class ClusteredRemindersPostgresTests {

	private static final int SESSIONS = 200;

	@Autowired
	ApplicationContext context;

	@Autowired
	Scheduler first;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void everyReminderOf200SessionsFiresOnceAcrossNodesThatStopOrDie() throws Exception {
		LiveClassFixtures fixtures = new LiveClassFixtures(this.context);
		long runId = fixtures.run();
		PelitaUser participant = fixtures.confirmedParticipant(runId);
		PelitaUser another = fixtures.confirmedParticipant(runId);
		Map<String, Set<Long>> firedBy = new ConcurrentHashMap<>();
		SchedulerFactoryBean secondNode = secondNode();
		Scheduler second = secondNode.getObject();
		watch(this.first, "first", firedBy);
		watch(second, "second", firedBy);
		second.start();

		// The 1-hour reminders fall due ten a second over 20 seconds, starting in 8 seconds.
		Instant base = this.clock.instant().plus(Duration.ofHours(1)).plusSeconds(8);
		List<Long> sessions = new ArrayList<>();
		for (int i = 0; i < SESSIONS; i++) {
			sessions.add(fixtures.sessionAt(runId, base.plusSeconds(i / 10), 60));
		}
		crashedNodeHolds(sessions.subList(SESSIONS - 10, SESSIONS));
		awaitDispatched(sessions, SESSIONS / 2, Duration.ofSeconds(90));
		secondNode.destroy();
		awaitDispatched(sessions, SESSIONS, Duration.ofSeconds(120));

		for (PelitaUser person : List.of(participant, another)) {
			List<Long> remindedSessions = this.jdbc.queryForList("""
					select cast(substring(payload from '"sessionId":"([0-9]+)"') as bigint) from outbox_message
					where template = 'session-reminder' and recipient_account_id = ?""", Long.class,
					person.accountId());
			assertThat(remindedSessions).as("one reminder per session for account " + person.accountId())
				.hasSize(SESSIONS)
				.doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(sessions);
		}
		assertThat(firedBy.getOrDefault("first", Set.of())).as("the first node fired reminders").isNotEmpty();
		assertThat(firedBy.getOrDefault("second", Set.of())).as("the second node fired reminders").isNotEmpty();
	}

	/**
	 * Leaves what a node killed in the middle of firing leaves behind: triggers it had acquired and was executing,
	 * and a last check-in long ago. Only the cluster's recovery can bring these reminders out.
	 */
	private void crashedNodeHolds(List<Long> sessions) {
		long now = System.currentTimeMillis();
		String scheduler = this.context.getBean(QuartzProperties.class).getSchedulerName();
		this.jdbc.update("insert into qrtz_scheduler_state values (?, 'killed-node', ?, 5000)", scheduler, now - 60_000);
		for (Long session : sessions) {
			String trigger = "session-reminder-" + session + "-60";
			int taken = this.jdbc.update("""
					update qrtz_triggers set trigger_state = 'ACQUIRED' where sched_name = ?
					and trigger_name = ? and trigger_group = 'session-reminders' and trigger_state = 'WAITING'""",
					scheduler, trigger);
			assertThat(taken).as("trigger %s still waiting", trigger).isOne();
			this.jdbc.update("""
					insert into qrtz_fired_triggers (sched_name, entry_id, trigger_name, trigger_group, instance_name,
					fired_time, sched_time, priority, state, job_name, job_group, is_nonconcurrent, requests_recovery)
					select sched_name, ?, trigger_name, trigger_group, 'killed-node', ?, next_fire_time, priority,
					'EXECUTING', job_name, job_group, false, true from qrtz_triggers
					where sched_name = ? and trigger_name = ? and trigger_group = 'session-reminders'""",
					"killed-" + session, now - 55_000, scheduler, trigger);
		}
	}

	private SchedulerFactoryBean secondNode() throws Exception {
		QuartzProperties quartz = this.context.getBean(QuartzProperties.class);
		Properties properties = new Properties();
		properties.putAll(quartz.getProperties());
		properties.setProperty("org.quartz.jobStore.driverDelegateClass",
				org.quartz.impl.jdbcjobstore.PostgreSQLDelegate.class.getName());
		SpringBeanJobFactory jobs = new SpringBeanJobFactory();
		jobs.setApplicationContext(this.context);
		SchedulerFactoryBean factory = new SchedulerFactoryBean();
		factory.setSchedulerName(quartz.getSchedulerName());
		factory.setQuartzProperties(properties);
		factory.setDataSource(this.context.getBean(DataSource.class));
		factory.setTransactionManager(this.context.getBean(PlatformTransactionManager.class));
		factory.setJobFactory(jobs);
		factory.setApplicationContext(this.context);
		factory.setAutoStartup(false);
		factory.afterPropertiesSet();
		return factory;
	}

	private static void watch(Scheduler scheduler, String node, Map<String, Set<Long>> firedBy) throws Exception {
		scheduler.getListenerManager().addJobListener(new JobListenerSupport() {

			@Override
			public String getName() {
				return "fired-by-" + node + "-" + System.identityHashCode(firedBy);
			}

			@Override
			public void jobWasExecuted(JobExecutionContext context, org.quartz.JobExecutionException error) {
				if (context.getMergedJobDataMap().containsKey("sessionId")) {
					firedBy.computeIfAbsent(node, n -> ConcurrentHashMap.newKeySet())
						.add(context.getMergedJobDataMap().getLong("sessionId"));
				}
			}
		});
	}

	private void awaitDispatched(List<Long> sessions, int atLeast, Duration within) {
		Await.until(atLeast + " reminders dispatched", within, () -> dispatched(sessions) >= atLeast);
	}

	private int dispatched(List<Long> sessions) {
		Long min = sessions.getFirst();
		Long max = sessions.getLast();
		Integer count = this.jdbc.queryForObject("""
				select count(*) from reminder_dispatch
				where cast(substring(dispatch_key from '^([0-9]+):') as bigint) between ? and ?""", Integer.class, min,
				max);
		return count == null ? 0 : count;
	}

}
