package id.pelita.learning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Timing of quiz attempts, {@code pelita.learning.quiz.*}.
 *
 * @param grace how long after an attempt's deadline answers and a submit are still taken (the network's delay),
 * default 5 s
 * @param sweepInterval how often the job submits attempts whose time ran out, default 30 s
 */
@ConfigurationProperties("pelita.learning.quiz")
public record QuizTiming(Duration grace, Duration sweepInterval) {

	public QuizTiming {
		grace = grace == null ? Duration.ofSeconds(5) : grace;
		sweepInterval = sweepInterval == null ? Duration.ofSeconds(30) : sweepInterval;
	}

}
