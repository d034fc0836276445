package id.pelita.learning.ui.quiz;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pelita.learning.BankQuestion;
import id.pelita.learning.QuestionBank;
import id.pelita.learning.QuizCategory;
import id.pelita.learning.QuizResults;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A course's question bank for organisers: questions by category, the editor, imports (CSV, Moodle XML) with
 * their preview, the CSV export and template, and the regrade offered after a used question's key was corrected.
 */
@Route("kelola/kursus/:courseId([0-9]{1,18})/bank-soal")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
@StyleSheet("context://styles/quiz.css")
class QuestionBankView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String COURSE_ID = "courseId";

	private final transient QuestionBank bank;

	private final transient QuizResults results;

	final H2 title = new H2();

	final Select<@Nullable QuizCategory> category = new Select<>();

	final Grid<BankQuestion> grid = new Grid<>();

	final Button add = new Button();

	final Button importFile = new Button();

	final Anchor export = new Anchor();

	final Anchor template = new Anchor();

	final Div regrade = new Div();

	final Paragraph empty = new Paragraph();

	@Nullable QuestionDialog dialog;

	@Nullable BankImportDialog importDialog;

	private long courseId;

	QuestionBankView(QuestionBank bank, QuizResults results) {
		this.bank = bank;
		this.results = results;
		addClassName("page");
		setSizeFull();
		this.category.setLabel(getTranslation("quizBank.category"));
		this.category.setEmptySelectionAllowed(true);
		this.category.setEmptySelectionCaption(getTranslation("quizBank.allCategories"));
		this.category.setItemLabelGenerator(c -> c == null ? getTranslation("quizBank.allCategories")
				: getTranslation("quizBank.categoryCount", c.name(), c.questions()));
		this.category.addValueChangeListener(e -> refresh());
		this.add.setText(getTranslation("quizBank.add"));
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.addClickListener(e -> edit(null));
		this.importFile.setText(getTranslation("quizBank.importFile"));
		this.importFile.addClickListener(e -> {
			this.importDialog = new BankImportDialog(this.bank, this.courseId, this::refresh);
			this.importDialog.open();
		});
		this.export.setText(getTranslation("quizBank.export"));
		this.template.setText(getTranslation("quizBank.template"));
		this.grid.addColumn(q -> q.text().length() > 120 ? q.text().substring(0, 120) + "…" : q.text())
			.setHeader(getTranslation("quizBank.text")).setFlexGrow(3);
		this.grid.addColumn(q -> getTranslation(q.kind().labelKey())).setHeader(getTranslation("quizBank.kind")).setAutoWidth(true);
		this.grid.addColumn(q -> q.category() == null ? "" : q.category()).setHeader(getTranslation("quizBank.category")).setAutoWidth(true);
		this.grid.addColumn(q -> QuizFormats.number(q.points())).setHeader(getTranslation("quizBank.points")).setAutoWidth(true);
		this.grid.addColumn(BankQuestion::usedInAttempts).setHeader(getTranslation("quizBank.used")).setAutoWidth(true);
		this.grid.addItemClickListener(e -> edit(e.getItem()));
		this.grid.setSizeFull();
		this.regrade.setVisible(false);
		Div actions = new Div(this.add, this.importFile, this.export, this.template);
		actions.addClassName("quiz-actions");
		add(this.title, this.category, actions, this.regrade, this.grid, this.empty);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.courseId = Long.parseLong(event.getRouteParameters().get(COURSE_ID).orElseThrow());
		try {
			this.title.setText(getTranslation("quizBank.title", this.bank.course(this.courseId).title()));
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/kursus");
			return;
		}
		this.export.setHref(download("bank-soal-" + this.courseId, () -> this.bank.exportCsv(this.courseId, UserContext.locale())));
		this.template.setHref(download("templat-bank-soal", () -> this.bank.csvTemplate(UserContext.locale())));
		refresh();
	}

	private static DownloadHandler download(String name, java.util.function.Supplier<byte[]> content) {
		return id.pelita.shared.ui.SpreadsheetDownload.of(id.pelita.shared.SpreadsheetFormat.CSV, name, content);
	}

	void refresh() {
		List<QuizCategory> categories = this.bank.categories(this.courseId);
		QuizCategory chosen = this.category.getValue();
		List<BankQuestion> questions = this.bank.questions(this.courseId, chosen == null ? null : chosen.id());
		this.grid.setItems(questions);
		this.empty.setText(getTranslation("quizBank.empty"));
		this.empty.setVisible(questions.isEmpty());
		if (this.category.getListDataView().getItemCount() != categories.size()) {
			this.category.setItems(categories);
		}
	}

	void edit(@Nullable BankQuestion question) {
		List<String> names = this.bank.categories(this.courseId).stream().map(QuizCategory::name).toList();
		BankQuestion fresh = question == null ? null : this.bank.question(question.id());
		this.dialog = new QuestionDialog(this.bank, this.courseId, names, fresh, this::saved);
		this.dialog.open();
	}

	private void saved(QuestionDialog.Saved saved) {
		Notices.success("quizBank.saved");
		refresh();
		this.regrade.removeAll();
		int stale = saved.keyChanged() && saved.used() > 0 ? this.results.staleAttempts(saved.questionId()) : 0;
		this.regrade.setVisible(stale > 0);
		if (stale > 0) {
			Button now = new Button(getTranslation("quizBank.regradeNow", stale), e -> {
				int changed = this.results.regradeQuestion(saved.questionId());
				this.regrade.setVisible(false);
				Notices.success("quizBank.regraded", changed);
			});
			now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			this.regrade.add(new Span(getTranslation("quizBank.keyChanged", stale)), now);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("quizBank.pageTitle");
	}

}
