package id.pelita.learning;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the learning path, under {@code pelita.learning}.
 *
 * @param maxFileSize the largest document or video an organiser may upload (default 50 MB)
 * @param videoHosts the hosts whose videos a module may link or embed (default YouTube and Vimeo); add the
 * agency's own, e.g. {@code pelita.learning.video-hosts=youtube.com,youtu.be,vimeo.com,video.bpsdm.bantenprov.go.id}
 */
@ConfigurationProperties("pelita.learning")
public record LearningSettings(@Nullable DataSize maxFileSize, @Nullable List<String> videoHosts) {

	public static final List<String> DEFAULT_VIDEO_HOSTS = List.of("youtube.com", "youtu.be", "vimeo.com");

	public LearningSettings {
		maxFileSize = maxFileSize != null ? maxFileSize : DataSize.ofMegabytes(50);
		videoHosts = videoHosts != null && !videoHosts.isEmpty() ? List.copyOf(videoHosts) : DEFAULT_VIDEO_HOSTS;
	}

}
