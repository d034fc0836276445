package id.pelita.learning.internal.path;

import id.pelita.shared.UserFacingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LessonHtmlTests {

	@Test
	void markdownBecomesSafeHtmlWithStoredImagesOnly() {
		String image = "/materi/gambar/" + "a".repeat(64) + ".png";
		String html = LessonHtml.render("# Kop\n\n**Tebal** dan [tautan](https://jdih.go.id)\n\n![kop](" + image
				+ ")\n\n![luar](https://tracker.example/x.png)\n\n<b onclick=x>mentah</b>");
		assertThat(html).startsWith("<div class=\"lesson\">")
			.contains("<h1>Kop</h1>")
			.contains("<strong>Tebal</strong>")
			.contains("href=\"https://jdih.go.id\"")
			.contains("<img src=\"" + image + "\" alt=\"kop\" />")
			.doesNotContain("tracker.example")
			.doesNotContain("<b onclick")
			.contains("&lt;b");
	}

	@Test
	void activeContentIsRefusedWithWhatWasFound() {
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> LessonHtml.check("Teks <SCRIPT src=x></SCRIPT>"))
			.satisfies(ex -> assertThat(ex.arguments()).containsExactly("<script"));
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> LessonHtml.check("[klik](javascript:alert(1))"));
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> LessonHtml.check("<img onerror=x>"));
		LessonHtml.check("Tanda < dan > dalam teks biasa, juga 3 < 5.");
	}

}
