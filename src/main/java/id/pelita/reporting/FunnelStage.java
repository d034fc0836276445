package id.pelita.reporting;

import java.util.function.ToLongFunction;

/** The steps of a run's funnel, in order, each with its label and its count in a {@link RunFunnel}. */
public enum FunnelStage {

	NOMINATED(RunFunnel::nominated), CONFIRMED(RunFunnel::confirmed), ATTENDED(RunFunnel::attended),
	COMPLETED(RunFunnel::completed), CERTIFIED(RunFunnel::certified);

	private final ToLongFunction<RunFunnel> count;

	FunnelStage(ToLongFunction<RunFunnel> count) {
		this.count = count;
	}

	public long count(RunFunnel funnel) {
		return this.count.applyAsLong(funnel);
	}

	public String labelKey() {
		return "orgreport.funnel." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
