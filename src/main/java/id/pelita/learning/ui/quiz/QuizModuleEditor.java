package id.pelita.learning.ui.quiz;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.QuizModule;
import id.pelita.learning.QuizSettings;
import id.pelita.learning.Quizzes;
import id.pelita.learning.internal.ModuleKindEditor;
import id.pelita.shared.UserFacingException;

/**
 * The quiz part in the path builder: under a quiz module, its kind, questions, time limit, attempts and pass mark
 * (or that it is not set up yet), with links to its settings, the course's question bank and (for a run) its
 * results; participants open the quiz's own page.
 */
@org.springframework.stereotype.Component
class QuizModuleEditor implements ModuleKindEditor {

	private final Quizzes quizzes;

	QuizModuleEditor(Quizzes quizzes) {
		this.quizzes = quizzes;
	}

	@Override
	public ModuleKind kind() {
		return ModuleKind.QUIZ;
	}

	@Override
	public Optional<Component> editor(long moduleId) {
		QuizModule module;
		try {
			module = this.quizzes.module(moduleId);
		}
		catch (UserFacingException ex) {
			return Optional.empty();
		}
		Div summary = new Div();
		QuizSettings settings = module.settings();
		summary.add(new Paragraph(settings == null ? summary.getTranslation("quizModule.notSet")
				: summary.getTranslation("quizModule.summary", summary.getTranslation(settings.kind().labelKey()),
						settings.selection() == id.pelita.learning.QuizSelection.FIXED ? settings.fixedQuestionIds().size()
								: settings.drawCount(),
						settings.timeLimitMinutes() == null ? "-" : settings.timeLimitMinutes(),
						settings.attemptsAllowed() == null ? "-" : settings.attemptsAllowed(),
						settings.passMark() == null ? "-" : QuizFormats.number(settings.passMark()))));
		summary.add(new Div(new Anchor("kelola/kursus/" + module.courseId() + "/kuis/" + moduleId,
				summary.getTranslation("quizModule.settings"))));
		summary.add(new Div(new Anchor("kelola/kursus/" + module.courseId() + "/bank-soal",
				summary.getTranslation("quizModule.bank"))));
		if (module.runId() != null) {
			summary.add(new Div(new Anchor("kelola/angkatan/" + module.runId() + "/kuis/" + moduleId,
					summary.getTranslation("quizModule.results"))));
		}
		return Optional.of(summary);
	}

	@Override
	public String participantRoute(long runId, long moduleId) {
		return "kursus-saya/" + runId + "/kuis/" + moduleId;
	}

}
