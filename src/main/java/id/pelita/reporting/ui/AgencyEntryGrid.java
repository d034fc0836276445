package id.pelita.reporting.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.pelita.reporting.AgencyExternalEntry;
import id.pelita.reporting.ExternalEntry;
import id.pelita.reporting.ExternalEvidence;

/**
 * External entries of the coordinator's agency: the employee (name over NIP), the training (title over organiser,
 * form and dates), JP, status with its reason, evidence, and the actions the list offers. Cells wrap, so the grid
 * reads on a phone too. Rows are read from the database a page at a time: a short list shows whole, a long one
 * scrolls in a fixed height and loads the pages it reaches.
 */
class AgencyEntryGrid extends Grid<AgencyExternalEntry> {

	/** Rows read at a time; a list no longer than this shows whole. */
	static final int PAGE = 50;

	/** Reads the rows from {@code offset}, at most {@code limit}. */
	interface Pages {

		List<AgencyExternalEntry> read(long offset, int limit);

	}

	private final transient ExternalEvidence evidence;

	AgencyEntryGrid(ExternalEvidence evidence, Function<AgencyExternalEntry, Component> actions) {
		this.evidence = evidence;
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		addComponentColumn(row -> cell(row.fullName(), Objects.toString(row.nip(), "")))
			.setHeader(getTranslation("jp.agency.employee")).setFlexGrow(2);
		addComponentColumn(row -> cell(row.entry().title(), row.entry().organiser() + " \u00b7 "
				+ getTranslation(row.entry().type().labelKey()) + " \u00b7 "
				+ JpTexts.dates(row.entry().startDate(), row.entry().endDate(), getLocale())))
			.setHeader(getTranslation("jp.agency.training")).setFlexGrow(3);
		addColumn(row -> JpTexts.jp(row.entry().jp(), getLocale())).setHeader(getTranslation("jp.form.jp"))
			.setAutoWidth(true).setFlexGrow(0);
		addComponentColumn(row -> status(row.entry())).setHeader(getTranslation("jp.agency.status")).setFlexGrow(1);
		addComponentColumn(this::evidenceLink).setHeader(getTranslation("jp.agency.evidence")).setAutoWidth(true)
			.setFlexGrow(0);
		addComponentColumn(actions::apply).setHeader(getTranslation("account.actions")).setAutoWidth(true)
			.setFlexGrow(0);
		setPageSize(PAGE);
		setAllRowsVisible(true);
	}

	/** Shows the {@code total} rows the pages hold. */
	void show(long total, Pages pages) {
		boolean whole = total <= PAGE;
		setAllRowsVisible(whole);
		setHeight(whole ? null : "36rem");
		setItems(query -> pages.read(query.getOffset(), query.getLimit()).stream(),
				query -> (int) Math.min(total, Integer.MAX_VALUE));
	}

	private Component evidenceLink(AgencyExternalEntry row) {
		return row.entry().hasEvidence()
				? EvidenceLinks.of(this.evidence, row.entry(), getTranslation("jp.agency.evidenceOpen"))
				: new Span();
	}

	private Div status(ExternalEntry entry) {
		Div cell = cell(getTranslation(entry.status().labelKey()), entry.statusReason() == null ? ""
				: getTranslation("jp.mine.reason", entry.statusReason()));
		cell.addClassName("jp-status-" + entry.status().name().toLowerCase(java.util.Locale.ROOT));
		return cell;
	}

	private static Div cell(String main, String sub) {
		Div cell = new Div();
		cell.addClassName("jp-entry-cell");
		cell.add(new Div(main));
		if (!sub.isBlank()) {
			Div below = new Div(sub);
			below.addClassName("jp-entry-sub");
			cell.add(below);
		}
		return cell;
	}

}
