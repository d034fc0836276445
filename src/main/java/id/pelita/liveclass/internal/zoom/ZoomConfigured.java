package id.pelita.liveclass.internal.zoom;

import id.pelita.liveclass.ZoomSettings;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Zoom's beans exist only when the Server-to-Server OAuth credentials are set ({@link ZoomSettings#configured()});
 * without them Zoom cannot be chosen for a session.
 */
public class ZoomConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return Binder.get(context.getEnvironment())
			.bind("pelita.zoom", ZoomSettings.class)
			.map(ZoomSettings::configured)
			.orElse(false);
	}

}
