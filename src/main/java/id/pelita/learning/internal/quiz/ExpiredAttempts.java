package id.pelita.learning.internal.quiz;

import java.time.Clock;
import java.util.List;

import id.pelita.learning.QuizTiming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits open attempts whose deadline (plus the grace) has passed, with the answers given before it, also when
 * the browser is gone. Each attempt in a transaction of its own; an attempt a participant submits at the same
 * moment is graded once (the grader locks it).
 */
@Component
public class ExpiredAttempts {

	private static final Logger log = LoggerFactory.getLogger(ExpiredAttempts.class);

	private static final int BATCH = 200;

	private final AttemptStore attempts;

	private final AttemptGrader grader;

	private final QuizTiming timing;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ExpiredAttempts(AttemptStore attempts, AttemptGrader grader, QuizTiming timing, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.attempts = attempts;
		this.grader = grader;
		this.timing = timing;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Submits every expired attempt; returns how many this call submitted. */
	public int submitAll() {
		int submitted = 0;
		List<Long> due;
		do {
			due = this.attempts.expired(this.clock.instant().minus(this.timing.grace()), BATCH);
			for (long attemptId : due) {
				Boolean now = this.transactions.execute(status -> this.grader.submit(attemptId, AttemptGrader.BY_TIMEOUT).now());
				if (Boolean.TRUE.equals(now)) {
					submitted++;
				}
			}
		}
		while (due.size() == BATCH);
		if (submitted > 0) {
			log.info("Submitted {} quiz attempt(s) whose time ran out", submitted);
		}
		return submitted;
	}

}
