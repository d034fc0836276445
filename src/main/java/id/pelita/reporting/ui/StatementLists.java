package id.pelita.reporting.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.pelita.certificate.CreditedCertificate;
import id.pelita.reporting.ExternalEntry;
import id.pelita.reporting.ExternalEvidence;
import id.pelita.reporting.JpStatement;

/**
 * What makes up a JP year, as cards: the certificates (course, run, dates, JP, number, link to the public
 * verification) and the trainings outside the platform with their status (counted, waiting, rejected with the
 * reason, voided with the reason) and evidence.
 */
class StatementLists extends Div {

	final Div certificates = new Div();

	final Div external = new Div();

	private final transient ExternalEvidence evidence;

	StatementLists(ExternalEvidence evidence) {
		this.evidence = evidence;
		addClassName("jp-statement");
		this.certificates.addClassName("jp-cards");
		this.external.addClassName("jp-cards");
		add(new H2(getTranslation("jp.mine.certificates")), this.certificates,
				new H2(getTranslation("jp.mine.external")), this.external);
	}

	void show(JpStatement statement) {
		Locale locale = getLocale();
		this.certificates.removeAll();
		this.external.removeAll();
		List<CreditedCertificate> certificateList = statement.certificates();
		if (certificateList.isEmpty()) {
			this.certificates.add(new Paragraph(getTranslation("jp.mine.noCertificates")));
		}
		certificateList.forEach(certificate -> this.certificates.add(certificate(certificate, locale)));
		if (statement.external().isEmpty()) {
			this.external.add(new Paragraph(getTranslation("jp.mine.noExternal")));
		}
		statement.external().forEach(entry -> this.external.add(external(entry, locale)));
	}

	private Component certificate(CreditedCertificate certificate, Locale locale) {
		Div card = card(certificate.courseTitle(), badge(getTranslation("jp.mine.jp", JpTexts.jp(certificate.jp(),
				locale)), "badge"));
		card.add(new Paragraph(certificate.runName() + " \u00b7 " + JpTexts.dates(certificate.startsOn(),
				certificate.endsOn(), locale)));
		card.add(new Paragraph(getTranslation("jp.mine.certificateNumber", certificate.number())));
		Anchor verify = new Anchor(certificate.verificationUrl(), getTranslation("jp.mine.verify"));
		verify.setTarget(AnchorTarget.BLANK);
		card.add(verify);
		return card;
	}

	private Component external(ExternalEntry entry, Locale locale) {
		String theme = switch (entry.status()) {
			case COUNTED -> "badge success";
			case PENDING -> "badge contrast";
			case REJECTED, VOIDED -> "badge error";
		};
		Div card = card(entry.title(), badge(getTranslation("jp.mine.jp", JpTexts.jp(entry.jp(), locale)), "badge"),
				badge(getTranslation(entry.status().labelKey()), theme));
		card.add(new Paragraph(entry.organiser() + " \u00b7 " + getTranslation(entry.type().labelKey()) + " \u00b7 "
				+ JpTexts.dates(entry.startDate(), entry.endDate(), locale)));
		if (entry.statusReason() != null) {
			Paragraph reason = new Paragraph(getTranslation("jp.mine.reason", entry.statusReason()));
			reason.addClassName("jp-reason");
			card.add(reason);
		}
		if (entry.hasEvidence()) {
			card.add(EvidenceLinks.of(this.evidence, entry, getTranslation("jp.mine.evidence", entry.evidenceName())));
		}
		return card;
	}

	private static Div card(String title, Span... badges) {
		Div card = new Div();
		card.addClassName("course-card");
		card.addClassName("jp-item");
		Div chips = new Div(badges);
		chips.addClassName("jp-badges");
		card.add(new H3(title), chips);
		return card;
	}

	private static Span badge(String text, String theme) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add(theme);
		return badge;
	}

}
