package id.pelita.certificate.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pelita.certificate.CertificateVerification;
import id.pelita.certificate.FileVerification;
import id.pelita.certificate.PublicCertificate;
import id.pelita.certificate.internal.Snapshot;
import id.pelita.certificate.web.VerificationRateLimit;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

/**
 * The public verification page: a code typed in, the QR link {@code /verifikasi/{code}}, or an uploaded PDF; the
 * answer in large type (SAH / DICABUT / DIGANTI / TIDAK DITEMUKAN) with the holder's name, course, dates, JP and
 * issuer, and for an upload whether the file is byte for byte an issued one and its signature intact.
 */
@Route(value = "verifikasi", autoLayout = false)
@AnonymousAllowed
class VerificationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	final TextField code = new TextField();

	final Button check = new Button();

	final Upload upload = new Upload();

	final Div result = new Div();

	private final CertificateVerification verification;

	private final VerificationRateLimit rateLimit;

	VerificationView(CertificateVerification verification, VerificationRateLimit rateLimit) {
		this.verification = verification;
		this.rateLimit = rateLimit;
		addClassName("page");
		setMaxWidth("52rem");
		this.code.setLabel(getTranslation("certificate.verify.code"));
		this.code.setPlaceholder(getTranslation("certificate.verify.code.placeholder"));
		this.code.setWidth("20rem");
		this.check.setText(getTranslation("certificate.verify.check"));
		this.check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.check.addClickListener(click -> showCode(this.code.getValue()));
		this.code.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, event -> showCode(this.code.getValue()));
		HorizontalLayout byCode = new HorizontalLayout(this.code, this.check);
		byCode.setAlignItems(Alignment.BASELINE);
		this.upload.setUploadHandler(new PdfUpload());
		this.upload.setMaxFiles(1);
		this.upload.setAcceptedFileTypes("application/pdf", ".pdf");
		this.upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, verification.maxUploadBytes()));
		this.upload.addFileRejectedListener(event -> showError(
				getTranslation("certificate.verify.error.tooLarge", verification.maxUploadBytes() / (1024 * 1024))));
		this.result.setWidthFull();
		add(new H1(getTranslation("certificate.verify.title")), new Paragraph(getTranslation("certificate.verify.intro")),
				byCode, new Paragraph(getTranslation("certificate.verify.upload")), this.upload, this.result);
	}

	@Override
	public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
		if (parameter != null && !parameter.isBlank()) {
			this.code.setValue(parameter);
			showCode(parameter);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("certificate.verify.title");
	}

	void showCode(String typed) {
		try {
			this.rateLimit.check(address());
		}
		catch (UserFacingException ex) {
			showError(getTranslation(ex.messageKey(), ex.arguments()));
			return;
		}
		this.result.removeAll();
		PublicCertificate found = this.verification.byCode(typed).orElse(null);
		this.result.add(verdict(found));
	}

	void showFile(FileVerification checked) {
		this.result.removeAll();
		Div file = new Div();
		file.addClassName("verification-file");
		Paragraph issued = new Paragraph(getTranslation(
				checked.issued() ? "certificate.verify.file.issued" : "certificate.verify.file.notIssued"));
		issued.addClassName(checked.issued() ? "verification-ok" : "verification-bad");
		Paragraph signature = new Paragraph(getTranslation("certificate.verify.file.signature." + checked.signature()));
		signature.addClassName(checked.signature() == FileVerification.SignatureState.INTACT ? "verification-ok"
				: "verification-bad");
		file.add(issued, signature);
		this.result.add(file);
		if (checked.certificate() != null) {
			this.result.add(verdict(checked.certificate()));
		}
	}

	private Div verdict(@Nullable PublicCertificate certificate) {
		String status = certificate == null ? "NOT_FOUND" : certificate.status().name();
		Div box = new Div();
		box.addClassNames("verification-result", "verification-" + status.toLowerCase());
		H2 big = new H2(getTranslation("certificate.verify.status." + status));
		big.addClassName("verification-status");
		big.getStyle().set("font-size", "3rem").set("margin", "0");
		box.add(big, new Paragraph(getTranslation("certificate.verify.status." + status + ".detail",
				certificate == null || certificate.revokedReason() == null ? "" : certificate.revokedReason())));
		if (certificate != null) {
			var locale = getLocale();
			box.add(line("certificate.verify.holder", certificate.holderName()),
					line("certificate.verify.course", certificate.courseTitle() + " (" + certificate.runName() + ")"),
					line("certificate.verify.dates", Snapshot.dates(certificate.startsOn(), certificate.endsOn())),
					line("certificate.verify.jp", Snapshot.jp(certificate.jp())),
					line("certificate.verify.number", certificate.number()),
					line("certificate.verify.issuer", certificate.issuer()),
					line("certificate.verify.issuedAt",
							IndonesianTime.date(certificate.issuedAt(), IndonesianTime.DEFAULT_ZONE, locale)));
		}
		return box;
	}

	private Paragraph line(String key, String value) {
		return new Paragraph(getTranslation(key) + ": " + value);
	}

	private void showError(String message) {
		this.result.removeAll();
		Paragraph error = new Paragraph(message);
		error.addClassName("field-error");
		this.result.add(error);
	}

	private static String address() {
		VaadinRequest request = VaadinRequest.getCurrent();
		return request == null ? "unknown" : request.getRemoteAddr();
	}

	/** Reads at most the limit (plus one byte to notice more) and checks the file; the answer in the UI thread. */
	private final class PdfUpload implements UploadHandler {

		@Override
		public void handleUploadRequest(UploadEvent event) throws IOException {
			String address = address();
			byte[] content;
			try (InputStream input = event.getInputStream()) {
				content = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
						VerificationView.this.verification.maxUploadBytes() + 1));
			}
			event.getUI().access(() -> {
				try {
					VerificationView.this.rateLimit.check(address);
					showFile(VerificationView.this.verification.verifyFile(new java.io.ByteArrayInputStream(content)));
				}
				catch (UserFacingException ex) {
					showError(getTranslation(ex.messageKey(), ex.arguments()));
				}
				VerificationView.this.upload.clearFileList();
			});
		}

	}

}
