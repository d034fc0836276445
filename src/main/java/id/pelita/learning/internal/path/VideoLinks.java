package id.pelita.learning.internal.path;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pelita.shared.UserFacingException;

/**
 * Video links from the allowed hosts ({@code pelita.learning.video-hosts}): a host is allowed with its sub-domains
 * ({@code youtube.com} allows {@code www.youtube.com} and {@code m.youtube.com}). YouTube and Vimeo links of any
 * usual form become their embed address (YouTube's privacy-enhanced one); another allowed host's https address is
 * embedded as it is.
 */
public final class VideoLinks {

	private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");

	private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|shorts|live)/([A-Za-z0-9_-]{11})");

	private static final Pattern VIMEO_PATH = Pattern.compile("/(?:video/)?([0-9]{4,12})(?:/.*)?");

	private final List<String> hosts;

	public VideoLinks(List<String> hosts) {
		this.hosts = hosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).toList();
	}

	/** The address to embed for a link; refuses a malformed link or one of a host not allowed. */
	public String embedUrl(String link) {
		URI uri;
		try {
			uri = new URI(link.strip());
		}
		catch (URISyntaxException ex) {
			throw new UserFacingException("learning.error.videoUrl");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http") || host.isEmpty()) {
			throw new UserFacingException("learning.error.videoUrl");
		}
		if (this.hosts.stream().noneMatch(allowed -> host.equals(allowed) || host.endsWith("." + allowed))) {
			throw new UserFacingException("learning.error.videoHost", host, String.join(", ", this.hosts));
		}
		String path = uri.getPath() == null ? "" : uri.getPath();
		if (host.equals("youtu.be")) {
			return youtube(path.length() > 1 ? path.substring(1) : "");
		}
		if (host.equals("youtube.com") || host.endsWith(".youtube.com")) {
			Matcher matcher = YOUTUBE_PATH.matcher(path);
			return youtube(matcher.matches() ? matcher.group(1) : parameter(uri.getRawQuery(), "v"));
		}
		if (host.equals("vimeo.com") || host.endsWith(".vimeo.com")) {
			Matcher matcher = VIMEO_PATH.matcher(path);
			if (!matcher.matches()) {
				throw new UserFacingException("learning.error.videoUrl");
			}
			return "https://player.vimeo.com/video/" + matcher.group(1);
		}
		if (!scheme.equals("https")) {
			throw new UserFacingException("learning.error.videoHttps");
		}
		return uri.toString();
	}

	private static String youtube(String id) {
		if (!YOUTUBE_ID.matcher(id).matches()) {
			throw new UserFacingException("learning.error.videoUrl");
		}
		return "https://www.youtube-nocookie.com/embed/" + id;
	}

	private static String parameter(String query, String name) {
		if (query != null) {
			for (String pair : query.split("&")) {
				if (pair.startsWith(name + "=")) {
					return pair.substring(name.length() + 1);
				}
			}
		}
		return "";
	}

}
