package id.pelita.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Session reminders, {@code pelita.reminders.offsets}: how long before a session's start each reminder goes out,
 * e.g. {@code 24h,1h} (the default). Changing the offsets applies to sessions scheduled or moved afterwards.
 */
@ConfigurationProperties("pelita.reminders")
public record ReminderSettings(List<Duration> offsets) {

	public ReminderSettings {
		offsets = offsets == null || offsets.isEmpty() ? List.of(Duration.ofHours(24), Duration.ofHours(1))
				: offsets.stream().filter(offset -> !offset.isNegative() && !offset.isZero()).distinct().toList();
	}

}
