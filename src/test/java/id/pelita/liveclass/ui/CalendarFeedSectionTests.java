package id.pelita.liveclass.ui;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.liveclass.CalendarFeedService;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The personal calendar feed as the profile page ({@code /profil}) shows it. */
class CalendarFeedSectionTests extends LiveClassViewTest {

	@Autowired
	AccountService accounts;

	@Autowired
	CalendarFeedService feeds;

	@BeforeEach
	void signInAsANewParticipant() {
		SignIn.as(this.context, "admin");
		String username = TestData.username("feed");
		this.accounts.createAccount(new NewAccount(username, "Nur Hidayat", null, TestData.nip(), null, null,
				Set.of(Role.PARTICIPANT), "rahasia123"));
		SignIn.as(this.context, username, "rahasia123");
	}

	@Test
	void aParticipantMakesAFeedLinkSeesItOnceAndRenewsIt() {
		navigate("profil", Component.class);
		CalendarFeedBox box = find(CalendarFeedBox.class).single();
		assertThat(box.status.getText()).isEqualTo("Anda belum membuat tautan kalender.");
		assertThat(box.create.isVisible()).isTrue();
		assertThat(box.renew.isVisible()).isFalse();
		assertThat(box.link.isVisible()).isFalse();

		test(box.create).click();
		assertThat(lastNotification()).isEqualTo("Tautan kalender dibuat.");
		String first = box.link.getValue();
		assertThat(first).matches("http://localhost:8080/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
		assertThat(box.link.isVisible()).isTrue();
		assertThat(box.status.getText()).startsWith("Tautan kalender aktif sejak ");
		assertThat(box.create.isVisible()).isFalse();
		assertThat(this.feeds.feed(secret(first))).isPresent();

		test(box.renew).click();
		ConfirmDialog confirm = find(ConfirmDialog.class).single();
		assertThat(test(confirm).getHeader()).isEqualTo("Perbarui tautan kalender?");
		test(confirm).confirm();
		assertThat(lastNotification()).isEqualTo("Tautan kalender diperbarui; tautan lama tidak berlaku lagi.");
		String second = box.link.getValue();
		assertThat(second).isNotEqualTo(first);
		assertThat(this.feeds.feed(secret(first))).as("the old link stops working").isEmpty();
		assertThat(this.feeds.feed(secret(second))).isPresent();

		navigate(HomeView.class);
		navigate("profil", Component.class);
		CalendarFeedBox reopened = find(CalendarFeedBox.class).single();
		assertThat(reopened.link.isVisible()).as("the link is shown only once").isFalse();
		assertThat(reopened.renew.isVisible()).isTrue();
	}

	@Test
	void aParticipantRevokesTheFeed() {
		navigate("profil", Component.class);
		CalendarFeedBox box = find(CalendarFeedBox.class).single();
		test(box.create).click();
		String link = box.link.getValue();
		test(box.revoke).click();
		test(find(ConfirmDialog.class).single()).confirm();
		assertThat(lastNotification()).isEqualTo("Tautan kalender dicabut.");
		assertThat(this.feeds.feed(secret(link))).isEmpty();
		assertThat(box.status.getText()).isEqualTo("Anda belum membuat tautan kalender.");
		assertThat(box.create.isVisible()).isTrue();
		assertThat(box.link.isVisible()).isFalse();
	}

	private static String secret(String url) {
		return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
	}

}
