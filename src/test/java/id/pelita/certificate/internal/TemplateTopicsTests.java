package id.pelita.certificate.internal;

import id.pelita.certificate.internal.template.CertificateContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The second page's topics come from the course description's table headed with JP. */
class TemplateTopicsTests {

	@Test
	void readsTheFirstTableWhoseLastColumnIsJp() {
		String description = """
				Tujuan pelatihan ini.

				| Hari | Kegiatan |
				|------|----------|
				| 1 | Pembukaan |

				| No. | Mata Pelatihan | Jam Pelajaran |
				|-----|----------------|:-------------:|
				| 1 | **Kebijakan** kearsipan nasional | 4 |
				| 2 | Aplikasi `SRIKANDI` | 1,5 |
				| 3 |  | 2 |
				""";
		String stored = CourseTopics.fromDescription(description);
		assertThat(CourseTopics.parse(stored)).containsExactly(
				new CertificateContent.Topic("Kebijakan kearsipan nasional", "4"),
				new CertificateContent.Topic("Aplikasi SRIKANDI", "1,5"));
	}

	@Test
	void aDescriptionWithoutSuchATableHasNoTopics() {
		assertThat(CourseTopics.fromDescription("Materi: etika, integritas | budaya kerja.")).isEmpty();
		assertThat(CourseTopics.fromDescription("| Topik | Durasi |\n|---|---|\n| Etika | 2 jam |\n")).isEmpty();
		assertThat(CourseTopics.parse("")).isEmpty();
	}

}
