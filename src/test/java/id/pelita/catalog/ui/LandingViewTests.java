package id.pelita.catalog.ui;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.pelita.catalog.CatalogueFilter;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.shared.ui.LoginView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.when;

class LandingViewTests extends SeatAwareViewTest {

	@Autowired
	RunService runs;

	@BeforeEach
	void visitor() {
		SignIn.out();
	}

	@Test
	void visitorSeesHowItWorksAndThisMonthsRunsWithTheirJpDatesAndSeatsLeft() {
		RunDetails antikorupsi = this.runs.catalogue(CatalogueFilter.none())
			.stream()
			.filter(run -> run.courseCode().equals("LTS-ANTIKORUPSI") && run.registrationOpen())
			.findFirst()
			.orElseThrow();
		when(this.seatAvailability.confirmedSeats(anyCollection()))
			.thenAnswer(call -> taken(call.getArgument(0), antikorupsi.id()));
		navigate(LoginView.class);
		navigate(LandingView.class);
		assertThat(find(H2.class).all()).extracting(H2::getText).contains("Cara kerjanya", "Kursus yang tersedia");
		assertThat(find(ListItem.class).all()).hasSize(3);
		assertThat(find(H3.class).all()).extracting(H3::getText)
			.contains(CatalogFormats.month(antikorupsi.month(), java.util.Locale.forLanguageTag("id")));
		assertThat(find(H4.class).all()).extracting(H4::getText)
			.contains("Penguatan Integritas dan Budaya Antikorupsi", "Kepemimpinan Pelayanan bagi Pengawas");
		assertThat(find(Span.class).all()).extracting(Span::getText)
			.contains("8 JP", "Sosial kultural", "Sisa 48 dari 60 kursi",
					"Kursi penuh; pendaftar baru masuk daftar tunggu");
		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.contains("Angkatan I - " + CatalogFormats.month(antikorupsi.month(), java.util.Locale.forLanguageTag("id")))
			.anyMatch(text -> text.startsWith("Pendaftaran ditutup ") && text.endsWith(" WIB"))
			.anyMatch(text -> text.startsWith("Pelaksanaan: "));
		assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("katalog/" + antikorupsi.id());
	}

	@Test
	void draftRunsAreNotOnTheLandingPage() {
		navigate(LandingView.class);
		Map<Long, RunDetails> shown = this.runs.catalogue(CatalogueFilter.none())
			.stream()
			.collect(Collectors.toMap(RunDetails::id, Function.identity()));
		assertThat(find(Anchor.class).all()).extracting(Anchor::getHref)
			.filteredOn(href -> href.startsWith("katalog/"))
			.hasSize(shown.size())
			.allSatisfy(href -> assertThat(shown).containsKey(Long.parseLong(href.substring(8))));
	}

	/** Twelve seats taken in every run, and the run given is full. */
	private Map<Long, Integer> taken(Collection<Long> runIds, long fullRunId) {
		RunDetails full = this.runs.run(fullRunId);
		return runIds.stream()
			.collect(Collectors.toMap(Function.identity(), id -> id == fullRunId ? full.seats() : 12));
	}

}
