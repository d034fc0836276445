package id.pelita.notification.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.notification.internal.OutboxEntry;
import id.pelita.notification.internal.OutboxWriter;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.PelitaUser;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** People with messages in their notice centre, written to the outbox as the other modules write them. */
final class NotificationViewFixtures {

	private final ApplicationContext context;

	private final EnrolmentFixtures fixtures;

	NotificationViewFixtures(ApplicationContext context) {
		this.context = context;
		this.fixtures = new EnrolmentFixtures(context);
	}

	/** A new participant of the demo regency, signed in. */
	PelitaUser signedInParticipant() {
		PersonRef person = this.fixtures.employee(this.fixtures.agency("36.04"));
		PelitaUser user = EnrolmentFixtures.participant(person);
		this.fixtures.signIn(user);
		return user;
	}

	/** Writes {@code count} "enrolment not approved" messages to the account, for courses 1 to {@code count}. */
	void rejections(long accountId, int count) {
		List<OutboxEntry> entries = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			entries.add(new OutboxEntry(accountId, null, "enrolment-rejected", Translations.INDONESIAN,
					run("Kursus " + i, "Kuota instansi penuh")));
		}
		enqueue(entries);
	}

	void enqueue(List<OutboxEntry> entries) {
		new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class))
			.executeWithoutResult(status -> this.context.getBean(OutboxWriter.class).enqueue(entries));
	}

	static Map<String, String> run(String courseTitle, String reason) {
		Map<String, String> payload = new HashMap<>();
		payload.put("runId", "9");
		payload.put("courseTitle", courseTitle);
		payload.put("runName", "Angkatan I - Januari 2027");
		payload.put("startsOn", "2027-01-11");
		payload.put("endsOn", "2027-01-22");
		payload.put("reason", reason);
		return payload;
	}

}
