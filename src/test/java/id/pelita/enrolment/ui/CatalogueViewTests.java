package id.pelita.enrolment.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueViewTests extends EnrolmentViewTest {

	@Test
	void participantFindsARunByTextAndSeesItsSeatsLeftAndDeadline() {
		long runId = this.fixtures.openRun(30, Map.of(), EnrolmentMode.OPEN);
		RunDetails run = this.runs.run(runId);
		PersonRef person = this.fixtures.employee(this.fixtures.agency("36.04.02"));
		this.fixtures.signIn(EnrolmentFixtures.participant(person));
		CatalogueView view = navigate(CatalogueView.class);
		assertThat(view.months.getValue()).hasSize(2);
		test(view.search).setValue(run.name());
		assertThat(view.cards.getChildren().count()).isEqualTo(1);
		assertThat($(H3.class, view.cards).all()).extracting(H3::getText).containsExactly(run.courseTitle());
		assertThat($(Span.class, view.cards).all()).extracting(Span::getText)
			.contains("Sisa 30 kursi", run.jp().hours() + " JP")
			.anyMatch(text -> text.startsWith("Pendaftaran ditutup "));
		assertThat(view.empty.isVisible()).isFalse();
	}

	@Test
	void unknownTextShowsTheEmptyState() {
		this.fixtures.signIn(EnrolmentFixtures.participant(this.fixtures.employee(this.fixtures.agency("36.04.02"))));
		CatalogueView view = navigate(CatalogueView.class);
		test(view.search).setValue("tidak ada kursus seperti ini");
		assertThat(view.cards.isVisible()).isFalse();
		assertThat(view.empty.isVisible()).isTrue();
		assertThat(view.empty.getText()).isEqualTo("Belum ada kursus pada bulan dan filter yang dipilih.");
	}

	@Test
	void filtersComeBackFromASharedAddress() {
		long runId = this.fixtures.openRun(30, Map.of(), EnrolmentMode.OPEN);
		RunDetails run = this.runs.run(runId);
		this.fixtures.signIn(EnrolmentFixtures.participant(this.fixtures.employee(this.fixtures.agency("36.04.02"))));
		navigate(id.pelita.shared.ui.HomeView.class);
		UI.getCurrent().navigate(CatalogueView.class, new QueryParameters(Map.of("jenis",
				List.of(run.competencyType().name()), "jp", List.of("1-8"), "q", List.of(run.name()))));
		CatalogueView view = (CatalogueView) getCurrentView();
		assertThat(view.competency.getValue()).isEqualTo(run.competencyType());
		assertThat(view.jp.getValue()).isEqualTo(JpRange.UP_TO_8);
		assertThat(view.search.getValue()).isEqualTo(run.name());
		assertThat(view.cards.getChildren().count()).isEqualTo(run.jp().hours() <= 8 ? 1 : 0);
	}

}
