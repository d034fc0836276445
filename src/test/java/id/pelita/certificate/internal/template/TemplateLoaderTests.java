package id.pelita.certificate.internal.template;

import java.nio.file.Files;
import java.nio.file.Path;

import id.pelita.certificate.CertificateNumber;
import id.pelita.certificate.VerificationCode;
import id.pelita.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Templates are refused as a whole with the reason; numbers and codes follow their rules. */
class TemplateLoaderTests {

	@TempDir
	Path temp;

	@Test
	void shippedTemplatesLoad() {
		assertThat(TemplateLoader.load(Path.of("certificates-templates/sttp-standar").toAbsolutePath()).landscape())
			.isTrue();
		assertThat(TemplateLoader.load(Path.of("certificates-templates/modern-portrait").toAbsolutePath()).landscape())
			.isFalse();
	}

	@Test
	void aMissingFontIsReportedByName() throws Exception {
		Path folder = copy("sttp-standar");
		Files.delete(folder.resolve("DejaVuSerif-Bold.ttf"));
		assertThatThrownBy(() -> TemplateLoader.load(folder)).isInstanceOfSatisfying(TemplateProblem.class,
				problem -> {
					assertThat(problem.key()).isEqualTo("certificate.template.error.fontMissing");
					assertThat(problem.arguments()).containsExactly("DejaVuSerif-Bold.ttf");
				});
	}

	@Test
	void badJsonIsReportedWithItsPosition() throws Exception {
		Path folder = copy("sttp-standar");
		Files.writeString(folder.resolve("layout.json"), "{ \"name\": \"x\", ");
		assertThatThrownBy(() -> TemplateLoader.load(folder)).isInstanceOfSatisfying(TemplateProblem.class,
				problem -> assertThat(problem.key()).isEqualTo("certificate.template.error.json"));
	}

	@Test
	void aFieldOffThePageIsRefused() throws Exception {
		Path folder = copy("sttp-standar");
		Path layout = folder.resolve("layout.json");
		Files.writeString(layout, Files.readString(layout).replace("\"x\": 96, \"y\": 58", "\"x\": 800, \"y\": 58"));
		assertThatThrownBy(() -> TemplateLoader.load(folder)).isInstanceOfSatisfying(TemplateProblem.class,
				problem -> assertThat(problem.key()).isEqualTo("certificate.template.error.offPage"));
	}

	@Test
	void numberPatternsNeedTheSequenceAndKnownPlaceholders() {
		assertThat(new CertificateNumber("{seq:4}/{courseCode}/BPSDM/{romanMonth}/{year}").format(7, "ARSIP",
				java.time.LocalDate.of(2027, 3, 26)))
			.isEqualTo("0007/ARSIP/BPSDM/III/2027");
		assertThatThrownBy(() -> new CertificateNumber("{courseCode}/{year}")).isInstanceOf(UserFacingException.class);
		assertThatThrownBy(() -> new CertificateNumber("{seq}/{nama}")).isInstanceOf(UserFacingException.class);
	}

	@Test
	void verificationCodesAreRandomAndReadForgivingly() {
		String code = VerificationCode.generate();
		assertThat(code).hasSize(15).matches("[0-9A-HJKMNP-TV-Z]{15}");
		assertThat(VerificationCode.generate()).isNotEqualTo(code);
		String grouped = VerificationCode.grouped(code);
		assertThat(VerificationCode.normalise(grouped.toLowerCase())).contains(code);
		assertThat(VerificationCode.normalise("K7M2Q-9XHT4-BW3RO")).contains("K7M2Q9XHT4BW3R0");
		assertThat(VerificationCode.normalise("K7M2Q")).isEmpty();
		assertThat(VerificationCode.normalise("K7M2Q-9XHT4-BW3R!")).isEmpty();
	}

	private Path copy(String name) throws Exception {
		Path source = Path.of("certificates-templates", name);
		Path target = this.temp.resolve(name);
		Files.createDirectories(target);
		try (var files = Files.list(source)) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		}
		return target;
	}

}
