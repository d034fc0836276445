package id.pelita.certificate.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pelita.certificate.CertificateSetup;
import id.pelita.certificate.SigningOfficial;
import id.pelita.certificate.TemplateInfo;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The organiser's certificate page: each template with its state (ready, or the reason it is refused), the
 * courses using it and a live preview with sample data; the numbering pattern, issuer, place and the chosen
 * official; the signing officials and a form to add one with their signature image.
 */
@Route("kelola/sertifikat")
@Menu(title = "menu.manageCertificates", icon = "vaadin:diploma", order = 43)
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
class CertificateSetupView extends VerticalLayout implements HasDynamicTitle {

	final Div templates = new Div();

	final IFrame preview = new IFrame();

	final TextField pattern = new TextField();

	final TextField issuer = new TextField();

	final TextField place = new TextField();

	final Select<SigningOfficial> official = new Select<>();

	final Paragraph message = new Paragraph();

	final Div officials = new Div();

	final Paragraph unsigned = new Paragraph();

	final TextField officialName = new TextField();

	final TextField officialNip = new TextField();

	final TextField officialTitle = new TextField();

	final Upload signature = new Upload();

	private byte @Nullable [] signatureBytes;

	private @Nullable String signatureName;

	private final CertificateSetup setup;

	CertificateSetupView(CertificateSetup setup) {
		this.setup = setup;
		addClassName("page");
		this.preview.setWidth("100%");
		this.preview.setHeight("32rem");
		this.preview.setVisible(false);
		this.pattern.setLabel(getTranslation("certificate.setup.pattern"));
		this.pattern.setHelperText(getTranslation("certificate.setup.pattern.help"));
		this.pattern.setWidth("32rem");
		this.issuer.setLabel(getTranslation("certificate.setup.issuer"));
		this.issuer.setWidth("32rem");
		this.place.setLabel(getTranslation("certificate.setup.place"));
		this.official.setLabel(getTranslation("certificate.setup.official"));
		this.official.setItemLabelGenerator(SigningOfficial::name);
		Button save = new Button(getTranslation("certificate.setup.save"), click -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.officialName.setLabel(getTranslation("certificate.setup.officialName"));
		this.officialNip.setLabel(getTranslation("certificate.setup.officialNip"));
		this.officialTitle.setLabel(getTranslation("certificate.setup.officialTitle"));
		this.officialTitle.setWidth("32rem");
		this.signature.setMaxFiles(1);
		this.signature.setAcceptedFileTypes("image/png", "image/jpeg");
		this.signature.setUploadHandler(new SignatureUpload());
		Button add = new Button(getTranslation("certificate.setup.addOfficial"), click -> addOfficial());
		this.unsigned.addClassName("field-error");
		add(new H1(getTranslation("certificate.setup.title")), new H2(getTranslation("certificate.setup.templates")),
				this.templates, this.preview, new H2(getTranslation("certificate.setup.numbering")), this.pattern,
				this.issuer, this.place, this.official, this.unsigned, save, this.message,
				new H2(getTranslation("certificate.setup.officials")), this.officials, this.officialName,
				this.officialNip, this.officialTitle, new Paragraph(getTranslation("certificate.setup.signature")),
				this.signature, add);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("certificate.setup.title");
	}

	void refresh() {
		this.templates.removeAll();
		for (TemplateInfo template : this.setup.templates()) {
			Div card = new Div();
			card.addClassName("certificate-template");
			card.add(new H3(template.name() != null ? template.name() + " (" + template.folder() + ")" : template.folder()));
			if (template.usable()) {
				card.add(new Paragraph(getTranslation("certificate.setup.template.ok")));
				card.add(new Button(getTranslation("certificate.setup.preview"), click -> showPreview(template.folder())));
			}
			else {
				Paragraph problem = new Paragraph(getTranslation("certificate.setup.template.broken",
						getTranslation(template.problemKey(), template.problemArguments().toArray())));
				problem.addClassName("field-error");
				card.add(problem);
			}
			card.add(new Paragraph(template.courses().isEmpty() ? getTranslation("certificate.setup.template.noCourses")
					: getTranslation("certificate.setup.template.courses", String.join(", ", template.courses()))));
			this.templates.add(card);
		}
		CertificateSetup.Numbering numbering = this.setup.numbering();
		this.pattern.setValue(numbering.pattern());
		this.issuer.setValue(numbering.issuer());
		this.place.setValue(numbering.place());
		var all = this.setup.officials();
		this.official.setItems(all);
		all.stream().filter(SigningOfficial::chosen).findFirst().ifPresent(this.official::setValue);
		this.officials.removeAll();
		all.forEach(person -> this.officials.add(officialRow(person)));
		this.unsigned.setVisible(all.stream().anyMatch(person -> person.chosen() && !person.hasSignature()));
		all.stream().filter(SigningOfficial::chosen).findFirst().ifPresent(person -> this.unsigned
			.setText(getTranslation("certificate.setup.chosenUnsigned", person.name())));
	}

	/** An official with the state of their signature and the button that gives them the uploaded image. */
	private Div officialRow(SigningOfficial person) {
		Div row = new Div(new Span(person.name() + " · " + person.title() + " · " + getTranslation(
				person.hasSignature() ? "certificate.setup.hasSignature" : "certificate.setup.noSignatureYet")));
		row.addClassName("certificate-official");
		Button replace = new Button(getTranslation("certificate.setup.useSignature"), click -> {
			try {
				this.setup.replaceSignature(person.id(), this.signatureBytes, this.signatureName);
				clearSignature();
				refresh();
				show(getTranslation("certificate.setup.signatureSaved", person.name()), false);
			}
			catch (UserFacingException ex) {
				show(getTranslation(ex.messageKey(), ex.arguments()), true);
			}
		});
		replace.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		row.add(replace);
		return row;
	}

	private void clearSignature() {
		this.signatureBytes = null;
		this.signatureName = null;
		this.signature.clearFileList();
	}

	void showPreview(String folder) {
		try {
			byte[] pdf = this.setup.preview(folder);
			this.preview.setSrc(DownloadHandler.fromInputStream(event -> new DownloadResponse(
					new ByteArrayInputStream(pdf), folder + "-preview.pdf", "application/pdf", pdf.length)).inline());
			this.preview.setVisible(true);
		}
		catch (UserFacingException ex) {
			show(getTranslation(ex.messageKey(), ex.arguments()), true);
		}
	}

	void save() {
		try {
			String example = this.setup.saveNumbering(new CertificateSetup.Numbering(this.pattern.getValue(),
					this.issuer.getValue(), this.place.getValue(),
					this.official.getValue() == null ? null : this.official.getValue().id()));
			show(getTranslation("certificate.setup.saved", example), false);
		}
		catch (UserFacingException ex) {
			show(getTranslation(ex.messageKey(), ex.arguments()), true);
		}
	}

	void addOfficial() {
		try {
			this.setup.addOfficial(this.officialName.getValue(), this.officialNip.getValue(),
					this.officialTitle.getValue(), this.signatureBytes, this.signatureName);
			this.officialName.clear();
			this.officialNip.clear();
			this.officialTitle.clear();
			clearSignature();
			refresh();
		}
		catch (UserFacingException ex) {
			show(getTranslation(ex.messageKey(), ex.arguments()), true);
		}
	}

	void signatureUploaded(String fileName, byte[] content) {
		this.signatureBytes = content;
		this.signatureName = fileName;
		show(getTranslation("certificate.setup.signature.ready", fileName), false);
	}

	private void show(String text, boolean error) {
		this.message.setText(text);
		if (error) {
			this.message.addClassName("field-error");
		}
		else {
			this.message.removeClassName("field-error");
		}
	}

	private final class SignatureUpload implements UploadHandler {

		@Override
		public void handleUploadRequest(UploadEvent event) throws IOException {
			byte[] content;
			try (InputStream input = event.getInputStream()) {
				content = input.readNBytes((int) CertificateSetup.MAX_SIGNATURE_BYTES + 1);
			}
			String fileName = event.getFileName();
			event.getUI().access(() -> signatureUploaded(fileName, content));
		}

	}

}
