package id.pelita.certificate.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.certificate.CertificateAdministration;
import id.pelita.certificate.CertificateFixtures;
import id.pelita.certificate.internal.CertificateRow;
import id.pelita.certificate.internal.Snapshot;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /sertifikat-saya}: the holder's cards, the year filter (also from the address), the JP and the links. */
@SpringBootTest
@ActiveProfiles("test")
class MyCertificatesViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	EnrolmentFixtures fixtures;

	CertificateFixtures certificates;

	PersonRef holder;

	@BeforeEach
	void setUp() {
		this.fixtures = new EnrolmentFixtures(this.context);
		this.certificates = new CertificateFixtures(this.context);
		this.holder = this.fixtures.employee(this.fixtures.agency("36.04.02"));
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theYearFilterShowsTheCertificatesWhoseJpCountThatYearAlsoFromTheAddress() {
		CertificateRow current = this.certificates.issue(run(), this.holder);
		CertificateRow earlier = this.certificates.issue(run(), this.holder, Instant.now().minus(Duration.ofDays(400)));
		assertThat(earlier.jpYear()).isEqualTo(current.jpYear() - 1);
		this.fixtures.signIn(EnrolmentFixtures.participant(this.holder));
		MyCertificatesView view = navigate(MyCertificatesView.class);
		assertThat(test(view.year).getSuggestions()).containsExactly("Semua tahun",
				String.valueOf(current.jpYear()), String.valueOf(earlier.jpYear()));
		assertThat(cards(view)).hasSize(2);
		assertThat(view.total.getText()).isEqualTo("Jumlah JP: " + Snapshot.jp(current.jp().add(earlier.jp())));

		test(view.year).selectItem(String.valueOf(earlier.jpYear()));
		assertThat(cards(view)).singleElement().satisfies(card -> assertThat(texts(card, Paragraph.class))
			.contains(earlier.runName() + " · " + earlier.number()));
		assertThat(view.total.getText()).isEqualTo("Jumlah JP: " + Snapshot.jp(earlier.jp()));

		navigate(HomeView.class);
		UI.getCurrent().navigate(MyCertificatesView.class,
				QueryParameters.simple(Map.of("tahun", String.valueOf(current.jpYear()))));
		MyCertificatesView shared = (MyCertificatesView) getCurrentView();
		assertThat(shared.year.getValue()).isEqualTo(current.jpYear());
		assertThat(cards(shared)).singleElement().satisfies(card -> {
			assertThat(texts(card, H3.class)).containsExactly(current.courseTitle());
			assertThat(texts(card, Span.class)).contains("Berlaku", Snapshot.jp(current.jp()) + " JP");
		});
	}

	@Test
	void eachCardHasThePdfAndTheVerificationLinkToCopyExceptARevokedOne() {
		CertificateRow valid = this.certificates.issue(run(), this.holder);
		CertificateRow revoked = this.certificates.issue(run(), this.holder);
		this.fixtures.asSystem(() -> {
			this.context.getBean(CertificateAdministration.class).revoke(revoked.id(), "Nilai dibatalkan");
			return null;
		});
		this.fixtures.signIn(EnrolmentFixtures.participant(this.holder));
		MyCertificatesView view = navigate(MyCertificatesView.class);
		Div validCard = card(view, valid);
		Anchor download = inCard(Anchor.class, validCard);
		assertThat(download.getText()).isEqualTo("Unduh PDF");
		assertThat(download.getHref()).isEqualTo("/api/v1/certificates/" + valid.code() + "/pdf");
		assertThat(download.getElement().hasAttribute("download")).isTrue();
		assertThat(texts(validCard, Paragraph.class)).anySatisfy(text -> assertThat(text)
			.startsWith("http").endsWith("/verifikasi/" + valid.code()));
		test(inCard(Button.class, validCard)).click();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Tautan verifikasi disalin.");

		Div revokedCard = card(view, revoked);
		assertThat(texts(revokedCard, Span.class)).contains("Dicabut");
		assertThat(revokedCard.getChildren().flatMap(Component::getChildren).filter(Anchor.class::isInstance))
			.isEmpty();
		assertThat(view.total.getText()).isEqualTo("Jumlah JP: " + Snapshot.jp(valid.jp()));
	}

	@Test
	void someoneWithoutCertificatesIsToldWhenTheyCome() {
		this.fixtures.signIn(EnrolmentFixtures.participant(this.holder));
		MyCertificatesView view = navigate(MyCertificatesView.class);
		assertThat(view.cards.getChildren().map(component -> ((Paragraph) component).getText()))
			.containsExactly("Belum ada sertifikat. Sertifikat terbit otomatis begitu Anda menyelesaikan pelatihan.");
		assertThat(view.total.getText()).isEqualTo("Jumlah JP: 0");
	}

	private long run() {
		return this.fixtures.openRun(10, Map.of(), EnrolmentMode.OPEN);
	}

	private static List<Div> cards(MyCertificatesView view) {
		return view.cards.getChildren().filter(Div.class::isInstance).map(Div.class::cast).toList();
	}

	private static Div card(MyCertificatesView view, CertificateRow row) {
		return cards(view).stream()
			.filter(card -> texts(card, Paragraph.class).contains(row.runName() + " · " + row.number()))
			.findFirst()
			.orElseThrow();
	}

	private static <T extends Component> T inCard(Class<T> type, Div card) {
		return card.getChildren()
			.flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child), child.getChildren()))
			.filter(type::isInstance)
			.map(type::cast)
			.findFirst()
			.orElseThrow();
	}

	private static List<String> texts(Div card, Class<? extends com.vaadin.flow.component.HasText> type) {
		return card.getChildren()
			.flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child), child.getChildren()))
			.filter(type::isInstance)
			.map(component -> type.cast(component).getText())
			.toList();
	}

}
