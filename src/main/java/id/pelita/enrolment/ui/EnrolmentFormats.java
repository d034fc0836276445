package id.pelita.enrolment.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.NominationStatus;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.UserContext;

/** Dates, runs and status chips the way the enrolment pages show them. */
final class EnrolmentFormats {

	private EnrolmentFormats() {
	}

	/** A calendar date in the user's language: {@code Kamis, 3 Desember 2026}. */
	static String date(LocalDate date) {
		return IndonesianTime.date(date.atStartOfDay(UserContext.zone()).toInstant(), UserContext.zone(),
				UserContext.locale());
	}

	/** The dates of a run: {@code Kamis, 10 Desember 2026 – Sabtu, 12 Desember 2026}, or one date. */
	static String dates(RunDetails run) {
		return run.startsOn().equals(run.endsOn()) ? date(run.startsOn())
				: date(run.startsOn()) + " – " + date(run.endsOn());
	}

	static Span chip(String text) {
		Span chip = new Span(text);
		chip.addClassName("chip");
		return chip;
	}

	/** A status chip coloured by what it means for the person. */
	static Span statusChip(Component owner, EnrolmentStatus status) {
		Span chip = chip(owner.getTranslation(status.labelKey()));
		chip.addClassName("status-" + status.name().toLowerCase(java.util.Locale.ROOT));
		colour(chip, switch (status) {
			case CONFIRMED -> "success";
			case WAITLISTED, PENDING_APPROVAL -> "warning";
			case REJECTED -> "error";
			case CANCELLED -> "contrast";
		});
		return chip;
	}

	static Span statusChip(Component owner, NominationStatus status) {
		Span chip = chip(owner.getTranslation(status.labelKey()));
		colour(chip, switch (status) {
			case CONFIRMED -> "success";
			case WAITLISTED, PENDING_APPROVAL -> "warning";
			case REFUSED -> "error";
		});
		return chip;
	}

	private static void colour(Span chip, String tone) {
		chip.getStyle()
			.set("background", "var(--lumo-" + tone + "-color-10pct)")
			.set("color", "contrast".equals(tone) ? "var(--lumo-secondary-text-color)"
					: "var(--lumo-" + tone + "-text-color)");
	}

}
