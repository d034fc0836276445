package id.pelita.certificate.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.certificate.CertificateStatus;
import id.pelita.certificate.HolderCertificates;
import id.pelita.certificate.MyCertificate;
import id.pelita.certificate.internal.Snapshot;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.AddressFilters;
import jakarta.annotation.security.RolesAllowed;

/**
 * The participant's certificates: one card each with its course, number, JP and status, the PDF download and the
 * verification link to copy; a year filter (the year the JP counts in, kept in the address as {@code ?tahun=}) and
 * the year's JP total.
 */
@Route(MyCertificatesView.ROUTE)
@Menu(title = "menu.myCertificates", icon = "vaadin:diploma", order = 12)
@RolesAllowed(Role.PARTICIPANT_NAME)
class MyCertificatesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final Integer ALL = 0;

	static final String ROUTE = "sertifikat-saya";

	final Select<Integer> year = new Select<>();

	final Div cards = new Div();

	final Paragraph total = new Paragraph();

	private final HolderCertificates certificates;

	private boolean applyingAddress;

	MyCertificatesView(HolderCertificates certificates) {
		this.certificates = certificates;
		addClassName("page");
		TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
		certificates.mine(null).forEach(certificate -> years.add(certificate.jpYear()));
		List<Integer> items = new java.util.ArrayList<>();
		items.add(ALL);
		items.addAll(years);
		this.year.setLabel(getTranslation("certificate.mine.year"));
		this.year.setItems(items);
		this.year.setItemLabelGenerator(value -> ALL.equals(value) ? getTranslation("certificate.mine.allYears")
				: String.valueOf(value));
		this.year.setValue(ALL);
		this.year.addValueChangeListener(change -> {
			show();
			if (!this.applyingAddress) {
				AddressFilters.of(ROUTE).with("tahun", ALL.equals(change.getValue()) ? null : change.getValue())
					.write(this);
			}
		});
		this.cards.addClassName("certificate-cards");
		this.cards.setWidthFull();
		add(new H1(getTranslation("certificate.mine.title")), this.year, this.total, this.cards);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Integer chosen = event.getLocation()
			.getQueryParameters()
			.getSingleParameter("tahun")
			.filter(value -> value.matches("[0-9]{4}"))
			.map(Integer::valueOf)
			.filter(value -> this.year.getListDataView().getItems().anyMatch(value::equals))
			.orElse(ALL);
		this.applyingAddress = true;
		this.year.setValue(chosen);
		this.applyingAddress = false;
		show();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("certificate.mine.title");
	}

	void show() {
		Integer chosen = ALL.equals(this.year.getValue()) ? null : this.year.getValue();
		List<MyCertificate> mine = this.certificates.mine(chosen);
		this.cards.removeAll();
		if (mine.isEmpty()) {
			this.cards.add(new Paragraph(getTranslation("certificate.mine.empty")));
		}
		mine.forEach(certificate -> this.cards.add(card(certificate)));
		BigDecimal jp = mine.stream()
			.filter(certificate -> certificate.status() == CertificateStatus.VALID)
			.map(MyCertificate::jp)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		this.total.setText(getTranslation("certificate.mine.totalJp", Snapshot.jp(jp)));
	}

	private Component card(MyCertificate certificate) {
		Div card = new Div();
		card.addClassName("certificate-card");
		Span status = new Span(getTranslation("certificate.status." + certificate.status()));
		status.getElement().getThemeList().add(switch (certificate.status()) {
			case VALID -> "badge success";
			case PREPARING -> "badge contrast";
			default -> "badge error";
		});
		Span jp = new Span(getTranslation("certificate.mine.jp", Snapshot.jp(certificate.jp())));
		jp.getElement().getThemeList().add("badge");
		card.add(new H3(certificate.courseTitle()), new HorizontalLayout(status, jp),
				new Paragraph(certificate.runName() + " · " + certificate.number()),
				new Paragraph(IndonesianTime.date(certificate.issuedAt(),
						CurrentUser.get().map(user -> user.zone()).orElse(IndonesianTime.DEFAULT_ZONE), getLocale())));
		if (certificate.status() == CertificateStatus.PREPARING) {
			card.add(new Paragraph(getTranslation("certificate.mine.preparing")));
		}
		else if (certificate.status() != CertificateStatus.REVOKED) {
			Anchor download = new Anchor(certificate.pdfUrl(), getTranslation("certificate.mine.download"));
			download.setTarget(AnchorTarget.BLANK);
			download.getElement().setAttribute("download", true);
			Button copy = new Button(getTranslation("certificate.mine.copyLink"), click -> {
				UI.getCurrent().getPage().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
						certificate.verificationUrl());
				Notification.show(getTranslation("certificate.mine.copied"));
			});
			copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			card.add(new HorizontalLayout(download, copy), new Paragraph(certificate.verificationUrl()));
		}
		return card;
	}

}
