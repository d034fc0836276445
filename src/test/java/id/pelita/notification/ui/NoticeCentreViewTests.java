package id.pelita.notification.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
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

@SpringBootTest
@ActiveProfiles("test")
class NoticeCentreViewTests extends SpringBrowserlessTest {

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
	void newestNoticesComeFirstAndUnreadOnesStandOut() {
		this.fixtures.rejections(this.me.accountId(), 3);
		NoticeCentreView view = navigate(NoticeCentreView.class);
		assertThat(view.cards).hasSize(3).allMatch(NoticeCard::unread);
		assertThat(view.cards).extracting(card -> card.title.getText())
			.containsExactly("Pendaftaran tidak disetujui: Kursus 3", "Pendaftaran tidak disetujui: Kursus 2",
					"Pendaftaran tidak disetujui: Kursus 1");
		assertThat(view.cards.getFirst().notice.body()).contains("Alasan: Kuota instansi penuh");
		assertThat(view.summary.getText()).isEqualTo("3 belum dibaca");
		assertThat(view.empty.isVisible()).isFalse();
		assertThat(bell().badge.getText()).isEqualTo("3");
	}

	@Test
	void markingOneReadUpdatesThePageAndTheBell() {
		this.fixtures.rejections(this.me.accountId(), 2);
		NoticeCentreView view = navigate(NoticeCentreView.class);
		NoticeCard first = view.cards.getFirst();
		test(first.markRead).click();
		assertThat(first.unread()).isFalse();
		assertThat(first.markRead.isVisible()).isFalse();
		assertThat(view.summary.getText()).isEqualTo("1 belum dibaca");
		assertThat(bell().badge.getText()).isEqualTo("1");
		assertThat(this.jdbc.queryForObject("select count(*) from notice where account_id = ? and read_at is null",
				Integer.class, this.me.accountId())).isOne();
	}

	@Test
	void markingAllReadEmptiesTheBell() {
		this.fixtures.rejections(this.me.accountId(), 2);
		NoticeCentreView view = navigate(NoticeCentreView.class);
		test(view.markAllRead).click();
		assertThat(view.cards).noneMatch(NoticeCard::unread);
		assertThat(view.summary.getText()).isEqualTo("Semua sudah dibaca");
		assertThat(view.markAllRead.isEnabled()).isFalse();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("2 notifikasi ditandai sudah dibaca.");
		assertThat(bell().badge.isVisible()).isFalse();
	}

	@Test
	void openingANoticeMarksItReadAndLeadsToItsPage() {
		this.fixtures.rejections(this.me.accountId(), 1);
		NoticeCentreView view = navigate(NoticeCentreView.class);
		test(view.cards.getFirst().open).click();
		assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("katalog");
		assertThat(bell().badge.isVisible()).isFalse();
	}

	@Test
	void moreNoticesLoadOnRequest() {
		this.fixtures.rejections(this.me.accountId(), NoticeCentreView.PAGE + 5);
		NoticeCentreView view = navigate(NoticeCentreView.class);
		assertThat(view.cards).hasSize(NoticeCentreView.PAGE);
		assertThat(view.loadMore.isVisible()).isTrue();
		test(view.loadMore).click();
		assertThat(view.cards).hasSize(NoticeCentreView.PAGE + 5);
		assertThat(view.cards.getLast().title.getText()).endsWith("Kursus 1");
		assertThat(view.loadMore.isVisible()).isFalse();
		assertThat(bell().badge.getText()).isEqualTo("25");
	}

	@Test
	void withoutNoticesThePageSaysSo() {
		NoticeCentreView view = navigate(NoticeCentreView.class);
		assertThat(view.cards).isEmpty();
		assertThat(view.empty.isVisible()).isTrue();
		assertThat(view.empty.getText()).startsWith("Belum ada notifikasi.");
		assertThat(view.loadMore.isVisible()).isFalse();
		assertThat(bell().badge.isVisible()).isFalse();
	}

	@Test
	void theBellCountsAgainOnNavigation() {
		NoticeCentreView view = navigate(NoticeCentreView.class);
		assertThat(view.cards).isEmpty();
		this.fixtures.rejections(this.me.accountId(), 4);
		assertThat(bell().badge.isVisible()).isFalse();
		navigate(NoticeCentreView.class);
		assertThat(bell().badge.getText()).isEqualTo("4");
		assertThat(bell().button.getAriaLabel()).contains("Notifikasi: 4 belum dibaca");
	}

	@Test
	void aPersonSeesOnlyTheirOwnNotices() {
		PelitaUser other = this.fixtures.signedInParticipant();
		this.fixtures.rejections(this.me.accountId(), 2);
		NoticeCentreView view = navigate(NoticeCentreView.class);
		assertThat(view.cards).isEmpty();
		assertThat(other.accountId()).isNotEqualTo(this.me.accountId());
	}

	private NoticeBell bell() {
		return find(NoticeBell.class).single();
	}

}
