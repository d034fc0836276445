package id.pelita.reporting.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.agency.AgencySummary;
import id.pelita.shared.ui.AddressFilters;
import id.pelita.shared.ui.UserContext;

/**
 * The agency (administrators and coordinators of agencies with units may pick) and the year of the reports,
 * read from and written to the address as {@code instansi} and {@code tahun}.
 */
class AgencyYearPicker extends HorizontalLayout {

	/** Years offered: this one and the four before it. */
	private static final int YEARS = 5;

	final ComboBox<AgencySummary> agency = new ComboBox<>();

	final Select<Integer> year = new Select<>();

	private final long home;

	private final int thisYear = LocalDate.now(UserContext.zone()).getYear();

	private final List<AgencySummary> choices;

	AgencyYearPicker(List<AgencySummary> choices, long home, Runnable changed) {
		this.choices = choices;
		this.home = home;
		this.agency.setLabel(getTranslation("agencyDashboard.agency"));
		this.agency.setItems(choices);
		this.agency.setItemLabelGenerator(choice -> choice.code() + " " + choice.name());
		this.agency.setWidth("24rem");
		this.agency.setVisible(choices.size() > 1);
		this.year.setLabel(getTranslation("agencyDashboard.year"));
		this.year.setItems(IntStream.range(0, YEARS).mapToObj(back -> this.thisYear - back).toList());
		this.year.setItemLabelGenerator(String::valueOf);
		this.year.setValue(this.thisYear);
		this.agency.setValue(find(home).orElse(null));
		this.agency.addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				changed.run();
			}
		});
		this.year.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				changed.run();
			}
		});
		setWrap(true);
		setAlignItems(Alignment.BASELINE);
		add(this.agency, this.year);
	}

	long agencyId() {
		AgencySummary chosen = this.agency.getValue();
		return chosen == null ? this.home : chosen.id();
	}

	int year() {
		Integer chosen = this.year.getValue();
		return chosen == null ? this.thisYear : chosen;
	}

	/** Takes {@code instansi} (an agency in reach, else the user's own) and {@code tahun} (a year offered). */
	void read(QueryParameters parameters) {
		long id = parameters.getSingleParameter("instansi").flatMap(AgencyYearPicker::number).orElse(this.home);
		this.agency.setValue(find(id).or(() -> find(this.home)).orElse(null));
		int asked = parameters.getSingleParameter("tahun").flatMap(AgencyYearPicker::number).orElse(
				(long) this.thisYear).intValue();
		this.year.setValue(asked <= this.thisYear && asked > this.thisYear - YEARS ? asked : this.thisYear);
	}

	/** Adds {@code instansi} (unless it is the user's own) and {@code tahun} (unless it is this year). */
	AddressFilters write(AddressFilters filters) {
		return filters.with("instansi", agencyId() == this.home ? null : agencyId())
			.with("tahun", year() == this.thisYear ? null : year());
	}

	private Optional<AgencySummary> find(long id) {
		return this.choices.stream().filter(choice -> choice.id() == id).findFirst();
	}

	private static Optional<Long> number(String text) {
		try {
			return Optional.of(Long.parseLong(text.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
