package id.pelita.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicUrlTests {

	@Test
	void buildsAbsoluteLinksWithOneSlash() {
		PublicUrl url = PublicUrl.of("https://lms.bpsdm.bantenprov.go.id/");

		assertThat(url.base()).isEqualTo("https://lms.bpsdm.bantenprov.go.id");
		assertThat(url.link("/verifikasi/ABCD")).isEqualTo("https://lms.bpsdm.bantenprov.go.id/verifikasi/ABCD");
		assertThat(url.link("verifikasi/ABCD")).isEqualTo("https://lms.bpsdm.bantenprov.go.id/verifikasi/ABCD");
		assertThat(url.host()).isEqualTo("lms.bpsdm.bantenprov.go.id");
	}

	@Test
	void refusesAnAddressThatIsNotAbsolute() {
		assertThatThrownBy(() -> PublicUrl.of("lms.example")).isInstanceOf(IllegalArgumentException.class);
	}

}
