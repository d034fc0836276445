package id.pelita.reporting.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.reporting.ExternalEvidence;
import id.pelita.reporting.ExternalTrainings;
import id.pelita.reporting.JpStatement;
import id.pelita.reporting.JpStatements;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.AddressFilters;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The participant's JP of a year (chosen with the picker, kept in the address as {@code ?tahun=}): the total against
 * the target of 20, the certificates and the trainings outside the platform that make it up, and a form to submit
 * such a training with its evidence for the coordinator's approval.
 */
@Route("jp-saya")
@StyleSheet("context://styles/jp.css")
@Menu(title = "menu.myJp", icon = "vaadin:chart-timeline", order = 13)
@RolesAllowed(Role.PARTICIPANT_NAME)
class MyJpView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "jp-saya";

	/** How many years back the picker reaches. */
	static final int YEARS = 6;

	private final transient JpStatements statements;

	final Select<Integer> year = new Select<>();

	final ProgressBar bar = new ProgressBar();

	final Span figure = new Span();

	final Paragraph remaining = new Paragraph();

	final Button submit = new Button();

	final StatementLists lists;

	private final int thisYear;

	private boolean applyingAddress;

	MyJpView(JpStatements statements, ExternalTrainings trainings, ExternalEvidence evidence) {
		this.statements = statements;
		this.lists = new StatementLists(evidence);
		this.thisYear = LocalDate.now(UserContext.zone()).getYear();
		addClassName("page");
		List<Integer> years = IntStream.range(0, YEARS).map(back -> this.thisYear - back).boxed().toList();
		this.year.setLabel(getTranslation("jp.mine.year"));
		this.year.setItems(years);
		this.year.setItemLabelGenerator(String::valueOf);
		this.year.setValue(this.thisYear);
		this.year.addValueChangeListener(change -> {
			if (!this.applyingAddress) {
				show();
				AddressFilters.of(ROUTE).with("tahun", change.getValue()).write(this);
			}
		});
		this.bar.setMin(0);
		this.bar.setMax(20);
		this.bar.addClassName("jp-bar");
		this.submit.setText(getTranslation("jp.submit.open"));
		this.submit.setIcon(VaadinIcon.PLUS.create());
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.submit.addClickListener(click -> new SubmitEntryDialog(trainings, this::show).open());
		HorizontalLayout top = new HorizontalLayout(this.year, this.submit);
		top.setWrap(true);
		top.setAlignItems(Alignment.END);
		add(new H1(getTranslation("jp.mine.title")), top, this.bar, this.figure, this.remaining, this.lists);
	}

	void show() {
		JpStatement statement = this.statements.mine(this.year.getValue());
		BigDecimal target = BigDecimal.valueOf(statement.target());
		String total = JpTexts.jp(statement.total(), getLocale());
		this.bar.setMax(statement.target());
		this.bar.setValue(Math.min(statement.total().doubleValue(), statement.target()));
		this.bar.getElement().setAttribute("aria-label", getTranslation("jp.card.figure", total, statement.target()));
		this.figure.setText(getTranslation("jp.card.figure", total, statement.target()));
		this.remaining.setText(statement.reached() ? getTranslation("jp.mine.reached", statement.year())
				: getTranslation("jp.mine.missing", JpTexts.jp(target.subtract(statement.total()), getLocale()),
						statement.year()));
		this.lists.show(statement);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Integer chosen = event.getLocation()
			.getQueryParameters()
			.getSingleParameter("tahun")
			.filter(text -> text.matches("\\d{4}"))
			.map(Integer::valueOf)
			.filter(value -> value <= this.thisYear && value > this.thisYear - YEARS)
			.orElse(this.thisYear);
		this.applyingAddress = true;
		this.year.setValue(chosen);
		this.applyingAddress = false;
		show();
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "jp.mine.title");
	}

}
