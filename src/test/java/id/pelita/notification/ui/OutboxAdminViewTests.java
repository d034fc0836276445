package id.pelita.notification.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.notification.OutboxMessage;
import id.pelita.notification.OutboxStatus;
import id.pelita.notification.internal.OutboxEntry;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.ui.AccessDeniedView;
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

/** The administrator's outbox: counts, filters kept in the URL, "send now" and the preview. */
@SpringBootTest
@ActiveProfiles("test")
class OutboxAdminViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	final String domain = "o" + UUID.randomUUID().toString().substring(0, 8) + ".pelita.test";

	@BeforeEach
	void messages() {
		NotificationViewFixtures fixtures = new NotificationViewFixtures(this.context);
		fixtures.enqueue(List.of(
				new OutboxEntry(null, "gagal@" + this.domain, "enrolment-rejected", Translations.INDONESIAN,
						NotificationViewFixtures.run("Etika <ASN>", "Kuota penuh")),
				new OutboxEntry(null, "tunggu@" + this.domain, "enrolment-rejected", Translations.ENGLISH,
						NotificationViewFixtures.run("Kepemimpinan", "Kuota penuh"))));
		this.jdbc.update("update outbox_message set status = 'FAILED', attempts = 10, last_error = ? "
				+ "where recipient_email = ?", "550 5.1.1 mailbox unavailable", "gagal@" + this.domain);
		SignIn.as(this.context, "admin");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theFilterComesFromTheUrlAndShowsTheFailure() {
		OutboxAdminView view = open(Map.of("status", "FAILED", "recipient", this.domain));
		assertThat(view.status.getValue()).isEqualTo(OutboxStatus.FAILED);
		assertThat(view.recipient.getValue()).isEqualTo(this.domain);
		assertThat(test(view.grid).size()).isEqualTo(1);
		OutboxMessage failed = test(view.grid).getRow(0);
		assertThat(failed.email()).isEqualTo("gagal@" + this.domain);
		assertThat(failed.attempts()).isEqualTo(10);
		assertThat(failed.lastError()).isEqualTo("550 5.1.1 mailbox unavailable");
		assertThat(view.counts.get(OutboxStatus.FAILED).getText()).startsWith("Gagal: ");
		assertThat(view.empty.isVisible()).isFalse();
	}

	@Test
	void changingTheFilterShowsOtherMessages() {
		OutboxAdminView view = open(Map.of("recipient", this.domain));
		assertThat(test(view.grid).size()).isEqualTo(2);
		test(view.status).selectItem("Menunggu");
		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getRow(0).email()).isEqualTo("tunggu@" + this.domain);
		assertThat(view.filters().parameters().getParameters()).containsOnly(Map.entry("status", List.of("PENDING")),
				Map.entry("recipient", List.of(this.domain)));
		test(view.status).selectItem("Terkirim");
		assertThat(test(view.grid).size()).isZero();
		assertThat(view.empty.isVisible()).isTrue();
		assertThat(view.empty.getText()).isEqualTo("Tidak ada pesan yang cocok dengan saringan ini.");
	}

	@Test
	void sendNowMakesAFailedMessageDueAgain() {
		OutboxAdminView view = open(Map.of("status", "FAILED", "recipient", this.domain));
		long id = test(view.grid).getRow(0).id();
		test(button(view, "Kirim sekarang")).click();
		assertThat(test(find(Notification.class).last()).getText()).startsWith("Pesan " + id + " dikirim");
		assertThat(this.jdbc.queryForObject("select status from outbox_message where id = ?", String.class, id))
			.isEqualTo("PENDING");
		assertThat(test(view.grid).size()).as("no longer failed").isZero();
	}

	@Test
	void thePreviewShowsTheMessageAsTheRecipientGetsIt() {
		OutboxAdminView view = open(Map.of("status", "FAILED", "recipient", this.domain));
		test(button(view, "Pratinjau")).click();
		MessagePreviewDialog dialog = find(MessagePreviewDialog.class).single();
		assertThat(dialog.subject.getText()).isEqualTo("Subjek: Pendaftaran tidak disetujui: Etika <ASN>");
		assertThat(dialog.text.getText()).contains("Alasan: Kuota penuh");
		assertThat(dialog.html.getSrcdoc().orElseThrow()).contains("Etika &lt;ASN&gt;");
	}

	@Test
	void onlyAdministratorsSeeTheOutbox() {
		SignIn.out();
		SignIn.as(this.context, "peserta");
		navigate("admin/outbox", AccessDeniedView.class);
	}

	private OutboxAdminView open(Map<String, String> parameters) {
		UI.getCurrent().navigate(OutboxAdminView.class, QueryParameters.simple(parameters));
		return find(OutboxAdminView.class).single();
	}

	private Button button(OutboxAdminView view, String text) {
		HorizontalLayout actions = (HorizontalLayout) test(view.grid).getCellComponent(0, 9);
		return actions.getChildren()
			.filter(Button.class::isInstance)
			.map(Button.class::cast)
			.filter(button -> button.getText().equals(text))
			.findFirst()
			.orElseThrow();
	}


}
