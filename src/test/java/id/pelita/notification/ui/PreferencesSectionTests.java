package id.pelita.notification.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import id.pelita.notification.MessageKind;
import id.pelita.notification.internal.OutboxEntry;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The notification preferences on the profile page. */
@SpringBootTest
@ActiveProfiles("test")
class PreferencesSectionTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	NotificationViewFixtures fixtures;

	PelitaUser me;

	@BeforeEach
	void signIn() {
		this.fixtures = new NotificationViewFixtures(this.context);
		this.me = this.fixtures.signedInParticipant();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theProfileShowsEveryKindOnByDefault() {
		PreferencesSection section = openProfile();
		assertThat(section.byEmail.keySet()).containsExactly(MessageKind.ENROLMENT, MessageKind.NOMINATIONS,
				MessageKind.SESSIONS, MessageKind.REMINDERS, MessageKind.CERTIFICATES);
		assertThat(section.byEmail.values()).allMatch(box -> box.getValue());
		assertThat(section.byEmail.get(MessageKind.SESSIONS).getLabel())
			.isEqualTo("Jadwal sesi langsung (undangan, perubahan, pembatalan)");
		assertThat(section.reminders.getValue()).isTrue();
	}

	@Test
	void choicesAreSavedAndShownAgain() {
		PreferencesSection section = openProfile();
		test(section.byEmail.get(MessageKind.ENROLMENT)).click();
		test(section.save).click();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Pilihan pemberitahuan disimpan.");
		assertThat(this.jdbc.queryForObject("select email from notification_preference where account_id = ? "
				+ "and kind = 'ENROLMENT'", Boolean.class, this.me.accountId())).isFalse();

		PreferencesSection again = openProfile();
		assertThat(again.byEmail.get(MessageKind.ENROLMENT).getValue()).isFalse();
		assertThat(again.byEmail.get(MessageKind.CERTIFICATES).getValue()).isTrue();
	}

	@Test
	void turningRemindersOffSwitchesTheirEmailOffAndStopsThemAltogether() {
		PreferencesSection section = openProfile();
		test(section.reminders).click();
		assertThat(section.byEmail.get(MessageKind.REMINDERS).getValue()).isFalse();
		assertThat(section.byEmail.get(MessageKind.REMINDERS).isEnabled()).isFalse();
		test(section.save).click();

		this.fixtures.enqueue(List.of(new OutboxEntry(this.me.accountId(), null, "session-reminder",
				Translations.INDONESIAN, reminder())));
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where recipient_account_id = ?",
				Integer.class, this.me.accountId())).isZero();
		assertThat(openProfile().reminders.getValue()).isFalse();
	}

	private PreferencesSection openProfile() {
		navigate("profil", Component.class);
		return find(PreferencesSection.class).single();
	}

	private static Map<String, String> reminder() {
		Map<String, String> payload = new HashMap<>();
		payload.put("sessionTitle", "Sesi 1");
		payload.put("courseTitle", "Etika ASN");
		payload.put("runName", "Angkatan I");
		payload.put("startsAt", "2027-01-11T02:00:00Z");
		payload.put("durationMinutes", "60");
		payload.put("pageUrl", "/sesi/1");
		return payload;
	}

}
