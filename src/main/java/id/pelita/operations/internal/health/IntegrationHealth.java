package id.pelita.operations.internal.health;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import id.pelita.operations.Checked;
import id.pelita.operations.IntegrationLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * A health contributor for one outside system: its {@link IntegrationLevel} as a health status ({@code UP},
 * {@code DEGRADED}, {@code DOWN}, {@code UNKNOWN}) with the facts of its status as details (never a secret).
 */
final class IntegrationHealth<T> implements HealthIndicator {

	/** Working, with a warning: no cause to take the node out of service. */
	static final Status DEGRADED = new Status("DEGRADED");

	private final Supplier<Checked<T>> check;

	private final Function<T, Map<String, @Nullable Object>> details;

	IntegrationHealth(Supplier<Checked<T>> check, Function<T, Map<String, @Nullable Object>> details) {
		this.check = check;
		this.details = details;
	}

	@Override
	public Health health() {
		Checked<T> checked = this.check.get();
		Health.Builder health = Health.status(status(checked.level()));
		this.details.apply(checked.status()).forEach((name, value) -> {
			if (value != null) {
				health.withDetail(name, value);
			}
		});
		return health.build();
	}

	static Status status(IntegrationLevel level) {
		return switch (level) {
			case OK -> Status.UP;
			case WARNING -> DEGRADED;
			case ERROR -> Status.DOWN;
			case UNKNOWN -> Status.UNKNOWN;
		};
	}

}
