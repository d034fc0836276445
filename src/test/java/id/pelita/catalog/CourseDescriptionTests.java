package id.pelita.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CourseDescriptionTests {

	@Test
	void markdownBecomesHtmlWithTablesInsideOneRootElement() {
		String html = CourseDescription.toSafeHtml("""
				## Materi

				**Integritas** dan _budaya_ kerja:

				- gratifikasi
				- konflik kepentingan

				| Sesi | JP |
				|------|---:|
				| 1    | 4  |
				""");
		assertThat(html).startsWith("<div class=\"course-description\">").endsWith("</div>");
		assertThat(html).contains("<h2>Materi</h2>", "<strong>Integritas</strong>", "<em>budaya</em>",
				"<li>gratifikasi</li>", "<table>", "<th>Sesi</th>", "<td align=\"right\">4</td>");
	}

	@Test
	void scriptsHandlersAndJavascriptLinksNeverReachThePage() {
		String html = CourseDescription.toSafeHtml("""
				<script>alert('x')</script>
				<img src=x onerror="alert(1)">

				[klik](javascript:alert(1)) dan [situs](https://bpsdm.bantenprov.go.id)
				""");
		assertThat(html).doesNotContain("<script", "<img", "onerror=\"", "javascript:");
		assertThat(html).contains("&lt;script&gt;", "href=\"https://bpsdm.bantenprov.go.id\"", "rel=\"nofollow\"",
				">klik</a>");
	}

	@Test
	void emptyDescriptionGivesAnEmptyBlock() {
		assertThat(CourseDescription.toSafeHtml(null)).isEqualTo("<div class=\"course-description\"></div>");
		assertThat(CourseDescription.toSafeHtml("  ")).isEqualTo("<div class=\"course-description\"></div>");
	}

	@Test
	void plainTextDropsTheMarkdownMarks() {
		assertThat(CourseDescription.toPlainText("## Materi\n\n**Integritas** dan _budaya_ kerja"))
			.isEqualTo("Materi Integritas dan budaya kerja");
	}

	@Test
	void longDescriptionsAreShortenedAtASpaceAndWordlessOnesAtTheLimit() {
		String words = "kata ".repeat(60).strip();
		assertThat(CatalogService.shorten(words)).endsWith("kata …").hasSizeLessThanOrEqualTo(182);
		assertThat(CatalogService.shorten("x".repeat(300))).isEqualTo("x".repeat(180) + " …");
	}

}
