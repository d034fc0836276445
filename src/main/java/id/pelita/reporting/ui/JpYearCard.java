package id.pelita.reporting.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import id.pelita.reporting.JpLedger;
import id.pelita.shared.JamPelajaran;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.DashboardCard;
import id.pelita.shared.ui.UserContext;

/**
 * The dashboard's card of the participant's lesson hours this year (in their own zone): JP so far against the
 * yearly target of 20 as a bar and in words, and what is still missing; links to the year's list ({@code /jp-saya})
 * and the certificates.
 */
@org.springframework.stereotype.Component
class JpYearCard implements DashboardCard {

	private final JpLedger ledger;

	JpYearCard(JpLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public Optional<Component> card() {
		PelitaUser user = CurrentUser.get().filter(signedIn -> signedIn.hasRole(Role.PARTICIPANT)).orElse(null);
		if (user == null) {
			return Optional.empty();
		}
		int year = LocalDate.now(UserContext.zone()).getYear();
		return Optional.of(new Panel(year, this.ledger.total(user.accountId(), year)));
	}

	/** The card itself. */
	static final class Panel extends Div {

		final H3 heading = new H3();

		final ProgressBar bar = new ProgressBar();

		final Span figure = new Span();

		final Paragraph remaining = new Paragraph();

		final Anchor details = new Anchor("jp-saya", "");

		final Anchor certificates = new Anchor("sertifikat-saya", "");

		Panel(int year, BigDecimal total) {
			addClassName("course-card");
			addClassName("jp-card");
			int target = JamPelajaran.ANNUAL_TARGET.hours();
			BigDecimal targetJp = BigDecimal.valueOf(target);
			NumberFormat number = NumberFormat.getNumberInstance(UserContext.locale());
			number.setMaximumFractionDigits(2);
			this.heading.setText(getTranslation("jp.card.heading", String.valueOf(year)));
			this.bar.setMin(0);
			this.bar.setMax(target);
			this.bar.setValue(Math.min(total.doubleValue(), target));
			this.bar.getElement().setAttribute("aria-label", getTranslation("jp.card.figure", number.format(total), target));
			this.figure.setText(getTranslation("jp.card.figure", number.format(total), target));
			this.remaining.setText(total.compareTo(targetJp) >= 0 ? getTranslation("jp.card.reached")
					: getTranslation("jp.card.missing", number.format(targetJp.subtract(total))));
			this.details.setText(getTranslation("jp.card.details"));
			this.certificates.setText(getTranslation("jp.card.certificates"));
			Div links = new Div(this.details, this.certificates);
			links.addClassName("jp-card-links");
			add(this.heading, this.bar, this.figure, this.remaining, links);
		}

	}

}
