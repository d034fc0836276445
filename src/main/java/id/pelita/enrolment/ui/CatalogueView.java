package id.pelita.enrolment.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.pelita.catalog.CatalogueFilter;
import id.pelita.catalog.CompetencyType;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.CatalogueEntry;
import id.pelita.enrolment.EnrolmentCatalogue;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.SearchField;
import id.pelita.shared.ui.AddressFilters;
import jakarta.annotation.security.PermitAll;

/**
 * The participant's catalogue: runs of this month and next (or the months picked), filtered by competency type,
 * category, JP and text; every filter is kept in the address so that a link can be shared.
 */
@Route("katalog")
@Menu(title = "menu.catalogue", icon = "vaadin:open-book", order = 10)
@PermitAll
class CatalogueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "katalog";

	private final transient EnrolmentCatalogue catalogue;

	final MultiSelectComboBox<YearMonth> months = new MultiSelectComboBox<>();

	final ComboBox<CompetencyType> competency = new ComboBox<>();

	final ComboBox<String> category = new ComboBox<>();

	final ComboBox<JpRange> jp = new ComboBox<>();

	final SearchField search = new SearchField();

	final Div cards = new Div();

	final Paragraph empty = new Paragraph();

	private boolean restoring;

	CatalogueView(EnrolmentCatalogue catalogue) {
		this.catalogue = catalogue;
		addClassName("page");
		YearMonth current = YearMonth.now(IndonesianTime.DEFAULT_ZONE);
		List<YearMonth> choices = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			choices.add(current.plusMonths(i));
		}
		this.months.setLabel(getTranslation("catalogue.months"));
		this.months.setItems(choices);
		this.months.setItemLabelGenerator(this::monthLabel);
		this.months.setValue(Set.of(current, current.plusMonths(1)));
		this.competency.setLabel(getTranslation("catalogue.competency"));
		this.competency.setItems(EnumSet.allOf(CompetencyType.class));
		this.competency.setItemLabelGenerator(type -> getTranslation(type.labelKey()));
		this.competency.setClearButtonVisible(true);
		this.category.setLabel(getTranslation("catalogue.category"));
		this.category.setItems(catalogue.categories());
		this.category.setClearButtonVisible(true);
		this.jp.setLabel(getTranslation("catalogue.jp"));
		this.jp.setItems(EnumSet.allOf(JpRange.class));
		this.jp.setItemLabelGenerator(range -> getTranslation(range.labelKey()));
		this.jp.setClearButtonVisible(true);
		this.search.setLabel(getTranslation("catalogue.search"));
		this.search.setPlaceholder(getTranslation("catalogue.searchHint"));
		this.months.addValueChangeListener(event -> filterChanged());
		this.competency.addValueChangeListener(event -> filterChanged());
		this.category.addValueChangeListener(event -> filterChanged());
		this.jp.addValueChangeListener(event -> filterChanged());
		this.search.addValueChangeListener(event -> filterChanged());
		FlexLayout filters = new FlexLayout(this.months, this.competency, this.category, this.jp, this.search);
		filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		filters.getStyle().set("gap", "var(--lumo-space-s)");
		this.cards.addClassName("cards");
		this.empty.setText(getTranslation("catalogue.empty"));
		this.empty.addClassName("empty-state");
		add(new H2(getTranslation("menu.catalogue")), filters, this.cards, this.empty);
		refresh();
	}

	private void filterChanged() {
		if (this.restoring) {
			return;
		}
		refresh();
		filters().write(this);
	}

	void refresh() {
		JpRange range = this.jp.getValue();
		CatalogueFilter filter = new CatalogueFilter(Set.copyOf(this.months.getValue()), this.competency.getValue(),
				this.category.getValue(), range == null ? null : range.min(), range == null ? null : range.max(),
				this.search.getValue());
		List<CatalogueEntry> entries = this.catalogue.catalogue(filter)
			.stream()
			.sorted(Comparator.comparing((CatalogueEntry entry) -> entry.run().registrationClosesAt()))
			.toList();
		this.cards.removeAll();
		entries.forEach(entry -> this.cards.add(card(entry)));
		this.cards.setVisible(!entries.isEmpty());
		this.empty.setVisible(entries.isEmpty());
	}

	private Div card(CatalogueEntry entry) {
		RunDetails run = entry.run();
		Div chips = new Div(EnrolmentFormats.chip(getTranslation(run.competencyType().labelKey())), new Span(" "),
				EnrolmentFormats.chip(getTranslation("catalogue.jpValue", run.jp().hours())));
		if (run.enrolmentMode() != EnrolmentMode.OPEN) {
			chips.add(new Span(" "), EnrolmentFormats.chip(getTranslation(run.enrolmentMode().labelKey())));
		}
		Span seats = new Span(entry.seatsLeft() > 0 ? getTranslation("catalogue.seatsLeft", entry.seatsLeft())
				: getTranslation("catalogue.full"));
		seats.addClassName("seats-left");
		Span deadline = new Span(run.registrationOpen()
				? getTranslation("catalogue.closes",
						IndonesianTime.dateTime(run.registrationClosesAt(), UserContext.zone(), UserContext.locale()))
				: getTranslation("catalogue.opens",
						IndonesianTime.dateTime(run.registrationOpensAt(), UserContext.zone(), UserContext.locale())));
		RouterLink details = new RouterLink(getTranslation("catalogue.details"), RunPageView.class,
				new RouteParameters(RunPageView.RUN_ID, String.valueOf(run.id())));
		Div card = new Div(new H3(run.courseTitle()), new Paragraph(run.name()), chips,
				new Paragraph(EnrolmentFormats.dates(run)), new Div(seats), new Div(deadline), details);
		card.addClassName("course-card");
		return card;
	}

	private AddressFilters filters() {
		YearMonth current = YearMonth.now(IndonesianTime.DEFAULT_ZONE);
		boolean usualMonths = this.months.getValue().equals(Set.of(current, current.plusMonths(1)));
		return AddressFilters.of(ROUTE)
			.with("bulan", usualMonths ? null
					: this.months.getValue().stream().sorted().map(YearMonth::toString).collect(Collectors.joining(",")))
			.with("jenis", this.competency.getValue() == null ? null : this.competency.getValue().name())
			.with("kategori", this.category.getValue())
			.with("jp", this.jp.getValue() == null ? null : this.jp.getValue().parameter())
			.with("q", this.search.getValue());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters query = event.getLocation().getQueryParameters();
		this.restoring = true;
		try {
			query.getSingleParameter("bulan").ifPresent(value -> {
				Set<YearMonth> chosen = new LinkedHashSet<>();
				for (String part : value.split(",")) {
					try {
						chosen.add(YearMonth.parse(part.strip()));
					}
					catch (DateTimeParseException ex) {
						// an address edited by hand: ignore what is not a month
					}
				}
				if (!chosen.isEmpty()) {
					List<YearMonth> items = new ArrayList<>(this.months.getListDataView().getItems().toList());
					chosen.stream().filter(month -> !items.contains(month)).forEach(items::add);
					items.sort(Comparator.naturalOrder());
					this.months.setItems(items);
					this.months.setValue(chosen);
				}
			});
			query.getSingleParameter("jenis").ifPresent(value -> EnumSet.allOf(CompetencyType.class)
				.stream()
				.filter(type -> type.name().equals(value))
				.findFirst()
				.ifPresent(this.competency::setValue));
			query.getSingleParameter("kategori")
				.filter(value -> this.category.getListDataView().getItems().anyMatch(value::equals))
				.ifPresent(this.category::setValue);
			query.getSingleParameter("jp").flatMap(JpRange::fromParameter).ifPresent(this.jp::setValue);
			query.getSingleParameter("q").ifPresent(this.search::setValue);
		}
		finally {
			this.restoring = false;
		}
		refresh();
	}

	private String monthLabel(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL, UserContext.locale()) + " " + month.getYear();
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.catalogue");
	}

}
