package id.pelita.learning.ui.quiz;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.learning.BankQuestion;
import id.pelita.learning.QuestionBank;
import id.pelita.learning.QuizCategory;
import id.pelita.learning.QuizGrading;
import id.pelita.learning.QuizKind;
import id.pelita.learning.QuizLayout;
import id.pelita.learning.QuizModule;
import id.pelita.learning.QuizResults;
import id.pelita.learning.QuizSelection;
import id.pelita.learning.QuizSettings;
import id.pelita.learning.Quizzes;
import id.pelita.learning.ReviewPolicy;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import jakarta.annotation.security.RolesAllowed;

/**
 * The settings of a quiz module (template or run copy): kind, which questions (N drawn from categories, or fixed
 * ones), shuffling, time limit, attempts, grading, pass mark, when answers are shown, layout; and the regrade of
 * all its attempts.
 */
@Route("kelola/kursus/:courseId([0-9]{1,18})/kuis/:moduleId([0-9]{1,18})")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
class QuizSettingsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String COURSE_ID = "courseId";

	static final String MODULE_ID = "moduleId";

	private final transient Quizzes quizzes;

	private final transient QuestionBank bank;

	private final transient QuizResults results;

	final H2 title = new H2();

	final Anchor bankLink = new Anchor();

	final Select<QuizKind> kind = new Select<>();

	final RadioButtonGroup<QuizSelection> selection = new RadioButtonGroup<>();

	final IntegerField drawCount = new IntegerField();

	final MultiSelectComboBox<QuizCategory> categories = new MultiSelectComboBox<>();

	final MultiSelectComboBox<BankQuestion> fixed = new MultiSelectComboBox<>();

	final Checkbox shuffleQuestions = new Checkbox();

	final Checkbox shuffleOptions = new Checkbox();

	final IntegerField timeLimit = new IntegerField();

	final IntegerField attempts = new IntegerField();

	final Select<QuizGrading> grading = new Select<>();

	final BigDecimalField passMark = new BigDecimalField();

	final Select<ReviewPolicy> review = new Select<>();

	final Select<QuizLayout> layout = new Select<>();

	final Button save = new Button();

	final Button regradeAll = new Button();

	private long moduleId;

	QuizSettingsView(Quizzes quizzes, QuestionBank bank, QuizResults results) {
		this.quizzes = quizzes;
		this.bank = bank;
		this.results = results;
		addClassName("page");
		this.kind.setLabel(getTranslation("quizSettings.kind"));
		this.kind.setItems(QuizKind.values());
		this.kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
		this.selection.setLabel(getTranslation("quizSettings.selection"));
		this.selection.setItems(QuizSelection.values());
		this.selection.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
		this.selection.addValueChangeListener(e -> showSelection());
		this.drawCount.setLabel(getTranslation("quizSettings.drawCount"));
		this.drawCount.setMin(1);
		this.categories.setLabel(getTranslation("quizSettings.categories"));
		this.categories.setItemLabelGenerator(c -> getTranslation("quizBank.categoryCount", c.name(), c.questions()));
		this.fixed.setLabel(getTranslation("quizSettings.fixed"));
		this.fixed.setItemLabelGenerator(q -> q.text().length() > 80 ? q.text().substring(0, 80) + "…" : q.text());
		this.shuffleQuestions.setLabel(getTranslation("quizSettings.shuffleQuestions"));
		this.shuffleOptions.setLabel(getTranslation("quizSettings.shuffleOptions"));
		this.timeLimit.setLabel(getTranslation("quizSettings.timeLimit"));
		this.timeLimit.setHelperText(getTranslation("quizSettings.emptyNoLimit"));
		this.attempts.setLabel(getTranslation("quizSettings.attempts"));
		this.attempts.setHelperText(getTranslation("quizSettings.emptyNoLimit"));
		this.grading.setLabel(getTranslation("quizSettings.grading"));
		this.grading.setItems(QuizGrading.values());
		this.grading.setItemLabelGenerator(g -> getTranslation(g.labelKey()));
		this.passMark.setLabel(getTranslation("quizSettings.passMark"));
		this.passMark.setHelperText(getTranslation("quizSettings.passMarkHelp"));
		this.review.setLabel(getTranslation("quizSettings.review"));
		this.review.setItems(ReviewPolicy.values());
		this.review.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
		this.layout.setLabel(getTranslation("quizSettings.layout"));
		this.layout.setItems(QuizLayout.values());
		this.layout.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
		this.save.setText(getTranslation("quizSettings.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> save());
		this.regradeAll.setText(getTranslation("quizSettings.regradeAll"));
		this.regradeAll.addClickListener(e -> Notices.success("quizBank.regraded", this.results.regradeModule(this.moduleId)));
		this.bankLink.setText(getTranslation("quizSettings.bank"));
		FormLayout form = new FormLayout(this.kind, this.selection, this.drawCount, this.categories, this.fixed,
				this.shuffleQuestions, this.shuffleOptions, this.timeLimit, this.attempts, this.grading, this.passMark,
				this.review, this.layout);
		add(this.title, this.bankLink, form, this.save, this.regradeAll);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long courseId = Long.parseLong(event.getRouteParameters().get(COURSE_ID).orElseThrow());
		this.moduleId = Long.parseLong(event.getRouteParameters().get(MODULE_ID).orElseThrow());
		QuizModule module;
		try {
			module = this.quizzes.module(this.moduleId);
			if (module.courseId() != courseId) {
				throw new UserFacingException("quiz.error.moduleNotFound");
			}
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/kursus");
			return;
		}
		this.title.setText(getTranslation("quizSettings.title", module.title()));
		this.bankLink.setHref("kelola/kursus/" + courseId + "/bank-soal");
		List<QuizCategory> allCategories = this.bank.categories(courseId);
		List<BankQuestion> allQuestions = this.bank.questions(courseId, null);
		this.categories.setItems(allCategories);
		this.fixed.setItems(allQuestions);
		QuizSettings settings = module.settings() == null ? QuizSettings.defaults(QuizKind.POST_TEST) : module.settings();
		this.kind.setValue(settings.kind());
		this.selection.setValue(settings.selection());
		this.drawCount.setValue(settings.drawCount());
		Set<Long> chosen = new HashSet<>(settings.categoryIds());
		this.categories.setValue(allCategories.stream().filter(c -> chosen.contains(c.id())).toList());
		Set<Long> fixedIds = new HashSet<>(settings.fixedQuestionIds());
		this.fixed.setValue(allQuestions.stream().filter(q -> fixedIds.contains(q.id())).toList());
		this.shuffleQuestions.setValue(settings.shuffleQuestions());
		this.shuffleOptions.setValue(settings.shuffleOptions());
		this.timeLimit.setValue(settings.timeLimitMinutes());
		this.attempts.setValue(settings.attemptsAllowed());
		this.grading.setValue(settings.grading());
		this.passMark.setValue(settings.passMark());
		this.review.setValue(settings.review());
		this.layout.setValue(settings.layout());
		showSelection();
	}

	private void showSelection() {
		boolean random = this.selection.getValue() != QuizSelection.FIXED;
		this.drawCount.setVisible(random);
		this.categories.setVisible(random);
		this.fixed.setVisible(!random);
	}

	/** The settings as the form shows them. */
	QuizSettings settings() {
		return new QuizSettings(this.kind.getValue(), this.selection.getValue(), this.drawCount.getValue(),
				this.categories.getValue().stream().map(QuizCategory::id).sorted().toList(),
				this.fixed.getValue().stream().sorted(Comparator.comparingLong(BankQuestion::id)).map(BankQuestion::id).toList(),
				this.shuffleQuestions.getValue(), this.shuffleOptions.getValue(), this.timeLimit.getValue(),
				this.attempts.getValue(), this.grading.getValue(), this.passMark.getValue(), this.review.getValue(),
				this.layout.getValue());
	}

	void save() {
		try {
			this.quizzes.save(this.moduleId, settings());
			Notices.success("quizSettings.saved");
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("quizSettings.pageTitle");
	}

}
