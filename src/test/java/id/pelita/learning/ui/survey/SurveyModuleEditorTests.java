package id.pelita.learning.ui.survey;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.internal.ModuleKinds;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyModuleEditorTests extends SurveyViewTest {

	@Test
	void theBuilderShowsASurveysSizeResponsesAndLinksToItsEditorAndResults() {
		long runId = this.fixtures.run();
		long courseId = this.fixtures.courseOf(runId);
		long template = this.fixtures.templateModule(courseId);
		long copy = this.fixtures.runModule(runId);
		submit(this.fixtures.participant(runId), runId, copy, 4, "");
		SignIn.as(this.context, "penyelenggara");
		navigate(HomeView.class);
		ModuleKinds kinds = this.context.getBean(ModuleKinds.class);

		Component ofRun = kinds.editor(ModuleKind.SURVEY, copy).orElseThrow();
		assertThat(texts(ofRun)).containsExactly("14 pernyataan, 3 pertanyaan terbuka, 0 narasumber; 1 jawaban");
		assertThat(links(ofRun)).containsExactly("kelola/kursus/" + courseId + "/evaluasi/" + copy,
				"kelola/angkatan/" + runId + "/evaluasi/" + copy);
		Component ofTemplate = kinds.editor(ModuleKind.SURVEY, template).orElseThrow();
		assertThat(links(ofTemplate)).containsExactly("kelola/kursus/" + courseId + "/evaluasi/" + template);
		assertThat(kinds.participantRoute(ModuleKind.SURVEY, runId, copy))
			.isEqualTo("kursus-saya/" + runId + "/evaluasi/" + copy);
	}

	private static List<String> texts(Component root) {
		return root.getChildren().filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText()).toList();
	}

	private static List<String> links(Component root) {
		return root.getChildren()
			.flatMap(Component::getChildren)
			.filter(Anchor.class::isInstance)
			.map(a -> ((Anchor) a).getHref())
			.toList();
	}

}
