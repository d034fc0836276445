package id.pelita.enrolment.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.Candidate;
import id.pelita.enrolment.AgencyEnrolments;
import id.pelita.enrolment.NominationOutcome;
import id.pelita.enrolment.NominationResult;
import id.pelita.enrolment.NominationStatus;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.SearchField;
import id.pelita.shared.ui.AddressFilters;
import jakarta.annotation.security.RolesAllowed;

/**
 * The coordinator nominates a cohort: picks a run taking registrations, picks employees of the agency and its
 * units from the roster (filters, multi-select) and/or pastes NIPs, and sees what happened to each person.
 */
@Route("instansi/nominasi")
@Menu(title = "menu.nominations", icon = "vaadin:group", order = 45)
@RolesAllowed(Role.AGENCY_COORDINATOR_NAME)
class NominationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "instansi/nominasi";

	private final transient AgencyEnrolments enrolments;

	private final List<Candidate> candidates;

	final ComboBox<RunDetails> run = new ComboBox<>();

	final SearchField search = new SearchField();

	final ComboBox<String> unit = new ComboBox<>();

	final Grid<Candidate> roster = new Grid<>();

	final Span selectedCount = new Span();

	final TextArea pasted = new TextArea();

	final Button nominate = new Button();

	final Paragraph noRuns = new Paragraph();

	final H3 resultTitle = new H3();

	final Paragraph resultSummary = new Paragraph();

	final Grid<NominationOutcome> result = new Grid<>();

	private boolean restoring;

	NominationView(AgencyEnrolments enrolments) {
		this.enrolments = enrolments;
		this.candidates = enrolments.candidates();
		addClassName("page");
		List<RunDetails> runs = enrolments.nominationRuns();
		this.run.setLabel(getTranslation("nominations.run"));
		this.run.setItems(runs);
		this.run.setItemLabelGenerator(run -> run.courseTitle() + " – " + run.name());
		this.run.setWidthFull();
		this.run.addValueChangeListener(event -> addressChanged());
		this.noRuns.setText(getTranslation("nominations.noRuns"));
		this.noRuns.addClassName("empty-state");
		this.noRuns.setVisible(runs.isEmpty());
		this.search.setLabel(getTranslation("nominations.search"));
		this.search.addValueChangeListener(event -> filterRoster());
		this.unit.setLabel(getTranslation("nominations.unit"));
		this.unit.setItems(this.candidates.stream().map(Candidate::agencyName).distinct().sorted().toList());
		this.unit.setClearButtonVisible(true);
		this.unit.addValueChangeListener(event -> filterRoster());
		configureRoster();
		this.pasted.setLabel(getTranslation("nominations.paste"));
		this.pasted.setHelperText(getTranslation("nominations.pasteHelp"));
		this.pasted.setWidthFull();
		this.nominate.setText(getTranslation("nominations.nominate"));
		this.nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.nominate.addClickListener(click -> nominate());
		configureResult();
		FlexLayout filters = new FlexLayout(this.search, this.unit);
		filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		filters.getStyle().set("gap", "var(--lumo-space-s)");
		add(new H2(getTranslation("menu.nominations")), this.run, this.noRuns,
				new H3(getTranslation("nominations.roster")), filters, this.roster, this.selectedCount, this.pasted,
				this.nominate, this.resultTitle, this.resultSummary, this.result);
		filterRoster();
		updateSelectedCount();
	}

	private void configureRoster() {
		this.roster.setSelectionMode(Grid.SelectionMode.MULTI);
		this.roster.addColumn(Candidate::fullName).setHeader(getTranslation("participants.name")).setFlexGrow(2);
		this.roster.addColumn(Candidate::nip).setHeader(getTranslation("participants.nip")).setAutoWidth(true);
		this.roster.addColumn(Candidate::agencyName).setHeader(getTranslation("nominations.unit")).setFlexGrow(2);
		this.roster.addColumn(candidate -> candidate.position() == null ? "" : candidate.position())
			.setHeader(getTranslation("nominations.position"));
		this.roster.setEmptyStateText(getTranslation("nominations.rosterEmpty"));
		this.roster.setHeight("24rem");
		this.roster.addSelectionListener(event -> updateSelectedCount());
	}

	private void configureResult() {
		this.result.addColumn(NominationOutcome::line).setHeader(getTranslation("nominations.line")).setAutoWidth(true);
		this.result.addColumn(outcome -> outcome.nip() == null ? outcome.input() : outcome.nip())
			.setHeader(getTranslation("participants.nip"))
			.setAutoWidth(true);
		this.result.addColumn(outcome -> outcome.fullName() == null ? "" : outcome.fullName())
			.setHeader(getTranslation("participants.name"))
			.setFlexGrow(2);
		this.result.addComponentColumn(outcome -> EnrolmentFormats.statusChip(this, outcome.status()))
			.setHeader(getTranslation("participants.status"))
			.setAutoWidth(true);
		this.result.addColumn(this::explanation).setHeader(getTranslation("nominations.why")).setFlexGrow(3);
		this.result.setVisible(false);
		this.resultTitle.setVisible(false);
		this.resultSummary.setVisible(false);
	}

	private String explanation(NominationOutcome outcome) {
		if (outcome.message() != null) {
			return outcome.message();
		}
		return outcome.waitlistPosition() == null ? ""
				: getTranslation("runPage.waitlistPosition", outcome.waitlistPosition());
	}

	private void filterRoster() {
		String text = this.search.getValue().strip().toLowerCase(Locale.ROOT).replace(" ", "");
		List<Candidate> shown = this.candidates.stream()
			.filter(candidate -> this.unit.getValue() == null || candidate.agencyName().equals(this.unit.getValue()))
			.filter(candidate -> text.isEmpty() || candidate.nip().contains(text)
					|| candidate.fullName().toLowerCase(Locale.ROOT).replace(" ", "").contains(text))
			.sorted(Comparator.comparing(Candidate::fullName))
			.toList();
		this.roster.setItems(shown);
		addressChanged();
	}

	private void updateSelectedCount() {
		this.selectedCount.setText(getTranslation("nominations.selected", this.roster.getSelectedItems().size()));
	}

	/** The NIPs to nominate: those picked in the roster, then the pasted ones (one per line, or , or ;). */
	List<String> nips() {
		List<String> nips = new ArrayList<>(this.roster.getSelectedItems()
			.stream()
			.sorted(Comparator.comparing(Candidate::fullName))
			.map(Candidate::nip)
			.toList());
		Arrays.stream(this.pasted.getValue().split("[\\r\\n,;\\t]+"))
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.forEach(nips::add);
		return nips;
	}

	void nominate() {
		if (this.run.getValue() == null) {
			this.run.setInvalid(true);
			this.run.setErrorMessage(getTranslation("nominations.pickRun"));
			return;
		}
		this.run.setInvalid(false);
		try {
			show(this.enrolments.nominate(this.run.getValue().id(), nips()));
			this.roster.deselectAll();
			this.pasted.clear();
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	void show(NominationResult nomination) {
		this.resultTitle.setText(getTranslation("nominations.result", nomination.courseTitle(), nomination.runName()));
		this.resultSummary.setText(getTranslation("nominations.summary", nomination.count(NominationStatus.CONFIRMED),
				nomination.count(NominationStatus.WAITLISTED), nomination.count(NominationStatus.REFUSED)));
		this.result.setItems(nomination.outcomes());
		this.result.setVisible(true);
		this.resultTitle.setVisible(true);
		this.resultSummary.setVisible(true);
		Notices.success("nominations.done", nomination.outcomes().size());
	}

	private void addressChanged() {
		if (this.restoring) {
			return;
		}
		AddressFilters.of(ROUTE)
			.with("angkatan", this.run.getValue() == null ? null : this.run.getValue().id())
			.with("unit", this.unit.getValue())
			.with("q", this.search.getValue())
			.write(this);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters query = event.getLocation().getQueryParameters();
		this.restoring = true;
		try {
			query.getSingleParameter("angkatan")
				.flatMap(value -> this.run.getListDataView()
					.getItems()
					.filter(run -> String.valueOf(run.id()).equals(value))
					.findFirst())
				.ifPresent(this.run::setValue);
			query.getSingleParameter("unit")
				.filter(value -> this.unit.getListDataView().getItems().anyMatch(value::equals))
				.ifPresent(this.unit::setValue);
			query.getSingleParameter("q").ifPresent(this.search::setValue);
		}
		finally {
			this.restoring = false;
		}
		filterRoster();
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.nominations");
	}

}
