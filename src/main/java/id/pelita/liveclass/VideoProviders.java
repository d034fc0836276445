package id.pelita.liveclass;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import id.pelita.shared.UserFacingException;

import org.springframework.stereotype.Component;

/**
 * The video providers of this installation: every {@link VideoMeetingProvider} bean, in bean order (Jitsi, Zoom,
 * then any other), looked up by the id a session stores. Two beans with one id, or an id the
 * {@code live_session.provider} column cannot hold, stop the start.
 */
@Component
class VideoProviders {

	private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,9}");

	private final Map<String, VideoMeetingProvider> byId = new LinkedHashMap<>();

	private final VideoSettings settings;

	VideoProviders(List<VideoMeetingProvider> providers, VideoSettings settings) {
		this.settings = settings;
		for (VideoMeetingProvider provider : providers) {
			if (!ID.matcher(provider.id()).matches()) {
				throw new IllegalStateException("Video provider id '" + provider.id() + "' of "
						+ provider.getClass().getName() + " must be 1-10 upper-case letters, digits or _");
			}
			VideoMeetingProvider earlier = this.byId.putIfAbsent(provider.id(), provider);
			if (earlier != null) {
				throw new IllegalStateException("Two video providers have the id " + provider.id() + ": "
						+ earlier.getClass().getName() + " and " + provider.getClass().getName());
			}
		}
	}

	/** Every provider, available or not, in bean order. */
	List<VideoMeetingProvider> all() {
		return List.copyOf(this.byId.values());
	}

	/** The provider a stored session names; empty when it is no longer part of this installation. */
	Optional<VideoMeetingProvider> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** The provider an organiser picked for a new session: it must exist and be available. */
	VideoMeetingProvider forNewSession(String id) {
		VideoMeetingProvider provider = this.byId.get(id == null ? "" : id);
		if (provider == null) {
			throw new UserFacingException("liveclass.error.providerUnavailable");
		}
		if (!provider.available()) {
			throw new UserFacingException(provider.unavailableMessageKey());
		}
		return provider;
	}

	/**
	 * The provider a new session starts with: {@code pelita.video.provider} when it is there and available, else the
	 * first available one (Jitsi, which needs no account).
	 */
	String defaultProvider() {
		String configured = this.settings.provider().strip().toUpperCase(Locale.ROOT);
		VideoMeetingProvider provider = this.byId.get(configured);
		if (provider != null && provider.available()) {
			return configured;
		}
		return this.byId.values()
			.stream()
			.filter(VideoMeetingProvider::available)
			.map(VideoMeetingProvider::id)
			.findFirst()
			.orElse(configured);
	}

}
