package id.pelita.learning.internal.path;

import java.util.List;

import id.pelita.learning.LearningSettings;
import id.pelita.shared.UserFacingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VideoLinksTests {

	private final VideoLinks links = new VideoLinks(
			new LearningSettings(null, List.of("youtube.com", "youtu.be", "vimeo.com", "video.bantenprov.go.id"))
				.videoHosts());

	@Test
	void youtubeAndVimeoLinksBecomeTheirEmbedAddresses() {
		assertThat(this.links.embedUrl("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10"))
			.isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
		assertThat(this.links.embedUrl("https://youtu.be/dQw4w9WgXcQ"))
			.isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
		assertThat(this.links.embedUrl(" https://m.youtube.com/shorts/dQw4w9WgXcQ "))
			.isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
		assertThat(this.links.embedUrl("https://vimeo.com/76979871")).isEqualTo("https://player.vimeo.com/video/76979871");
		assertThat(this.links.embedUrl("https://video.bantenprov.go.id/embed/123"))
			.isEqualTo("https://video.bantenprov.go.id/embed/123");
	}

	@Test
	void otherHostsAndBrokenLinksAreRefusedClearly() {
		assertRefused("https://evil.example/watch?v=dQw4w9WgXcQ", "learning.error.videoHost");
		assertRefused("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "learning.error.videoHost");
		assertRefused("javascript:alert(1)", "learning.error.videoUrl");
		assertRefused("https://www.youtube.com/watch?v=short", "learning.error.videoUrl");
		assertRefused("http://video.bantenprov.go.id/embed/1", "learning.error.videoHttps");
	}

	@Test
	void theDefaultsAllowYoutubeAndVimeoOnly() {
		assertThat(new LearningSettings(null, null).videoHosts()).containsExactly("youtube.com", "youtu.be",
				"vimeo.com");
		assertThat(new LearningSettings(null, null).maxFileSize().toMegabytes()).isEqualTo(50);
	}

	private void assertRefused(String link, String key) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.links.embedUrl(link))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}
