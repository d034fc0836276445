package id.pelita.certificate;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import id.pelita.catalog.CatalogService;
import id.pelita.certificate.internal.CertificateAudit;
import id.pelita.certificate.internal.Signing;
import id.pelita.certificate.internal.SettingsStore;
import id.pelita.certificate.internal.TemplateCatalog;
import id.pelita.certificate.internal.template.CertificateRenderer;
import id.pelita.certificate.internal.template.CertificateTemplate;
import id.pelita.certificate.internal.template.DemoSignature;
import id.pelita.certificate.internal.template.SampleContent;
import id.pelita.certificate.internal.template.TemplateProblem;
import id.pelita.shared.Nip;
import id.pelita.shared.PublicUrl;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.files.FileStore;
import id.pelita.shared.files.FileType;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's certificate settings ({@code /kelola/sertifikat}): templates with their problems and a preview
 * with sample data, the numbering pattern, issuer and place, and the signing officials with their signature
 * images.
 */
@Service
@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
public class CertificateSetup {

	/** Largest signature image accepted: 1 MB. */
	public static final long MAX_SIGNATURE_BYTES = 1024 * 1024;

	private final TemplateCatalog templates;

	private final SettingsStore settings;

	private final CatalogService courses;

	private final FileStore files;

	private final PublicUrl publicUrl;

	private final Clock clock;

	private final CertificateAudit audit;

	CertificateSetup(TemplateCatalog templates, SettingsStore settings, CatalogService courses, FileStore files,
			PublicUrl publicUrl, Clock clock, Signing signing, CertificateAudit audit) {
		this.audit = audit;
		this.templates = templates;
		this.settings = settings;
		this.courses = courses;
		this.files = files;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	public List<TemplateInfo> templates() {
		var allCourses = this.courses.courses();
		return this.templates.names().stream().map(folder -> {
			List<String> using = allCourses.stream()
				.filter(course -> folder.equals(this.courses.course(course.id()).certificateTemplate()))
				.map(course -> course.title())
				.toList();
			try {
				CertificateTemplate template = this.templates.current(folder);
				return new TemplateInfo(folder, template.layout().name(), template.landscape(), null, List.of(), using);
			}
			catch (TemplateProblem problem) {
				return new TemplateInfo(folder, null, false, problem.key(),
						Arrays.stream(problem.arguments()).map(String::valueOf).toList(), using);
			}
		}).toList();
	}

	/** The template rendered with sample data (unsigned), for the live preview; a problem if it is broken. */
	public byte[] preview(String folder) {
		try {
			return CertificateRenderer.render(this.templates.current(folder),
					SampleContent.of(this.publicUrl.link("/verifikasi/K7M2Q9XHT4BW3RP"), DemoSignature.png()));
		}
		catch (TemplateProblem problem) {
			throw new UserFacingException(problem.key(), problem.arguments());
		}
	}

	@Transactional(readOnly = true)
	public Numbering numbering() {
		SettingsStore.Settings current = this.settings.settings();
		return new Numbering(current.numberPattern(), current.issuer(), current.issuePlace(), current.officialId());
	}

	/** Saves pattern, issuer, place and official after checking them all; the example number of the pattern. */
	@Transactional
	public String saveNumbering(Numbering numbering) {
		CertificateNumber pattern = new CertificateNumber(numbering.pattern());
		if (numbering.issuer() == null || numbering.issuer().isBlank() || numbering.issuer().length() > 200) {
			throw new UserFacingException("certificate.setup.error.issuer");
		}
		if (numbering.place() == null || numbering.place().isBlank() || numbering.place().length() > 100) {
			throw new UserFacingException("certificate.setup.error.place");
		}
		if (numbering.officialId() != null) {
			SettingsStore.Official official = this.settings.official(numbering.officialId())
				.orElseThrow(() -> new UserFacingException("certificate.pending.noOfficial"));
			if (official.signaturePath() == null) {
				throw new UserFacingException("certificate.pending.noSignature", official.name());
			}
		}
		SettingsStore.Settings saved = new SettingsStore.Settings(pattern.pattern(), numbering.issuer().strip(),
				numbering.place().strip(), numbering.officialId());
		this.audit.numberingChanged(this.settings.settings(), saved);
		this.settings.save(saved, this.clock.instant());
		return pattern.format(1, "KODE", java.time.LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Jakarta"))));
	}

	@Transactional(readOnly = true)
	public List<SigningOfficial> officials() {
		Long chosen = this.settings.settings().officialId();
		return this.settings.officials()
			.stream()
			.map(official -> new SigningOfficial(official.id(), official.name(), official.nip(), official.title(),
					official.signaturePath() != null, chosen != null && chosen == official.id()))
			.toList();
	}

	/** Adds an official; the signature image (PNG or JPEG, at most 1 MB) is required. */
	@Transactional
	public long addOfficial(String name, @Nullable String nip, String title, byte @Nullable [] signature,
			@Nullable String fileName) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new UserFacingException("certificate.setup.error.officialName");
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new UserFacingException("certificate.setup.error.officialTitle");
		}
		String normalisedNip = nip == null || nip.isBlank() ? null : Nip.parse(nip).value();
		String stored = storedSignature(signature, fileName);
		long id = this.settings.addOfficial(name.strip(), normalisedNip, title.strip(), stored, this.clock.instant());
		this.audit.officialAdded(id, name.strip(), normalisedNip, title.strip(), stored);
		return id;
	}

	/**
	 * Gives an official (a new signature image or the first one, e.g. the official seeded at installation) the
	 * uploaded image; certificates waiting for it are issued by the next sweep or a retry.
	 */
	@Transactional
	public void replaceSignature(long officialId, byte @Nullable [] signature, @Nullable String fileName) {
		SettingsStore.Official official = this.settings.official(officialId)
			.orElseThrow(() -> new UserFacingException("certificate.pending.noOfficial"));
		String stored = storedSignature(signature, fileName);
		this.settings.setSignature(official.id(), stored);
		this.audit.signatureReplaced(official, stored);
	}

	private String storedSignature(byte @Nullable [] signature, @Nullable String fileName) {
		if (signature == null || signature.length == 0) {
			throw new UserFacingException("certificate.setup.error.noSignature");
		}
		return this.files.store("signatures", new java.io.ByteArrayInputStream(signature), fileName,
				MAX_SIGNATURE_BYTES, Set.of(FileType.PNG, FileType.JPEG)).relativePath();
	}

	/** The settings of the numbering and issue. */
	public record Numbering(String pattern, String issuer, String place, @Nullable Long officialId) {
	}

}
