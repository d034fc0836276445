package id.pelita.learning;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One clause of the completion rule a participant does not meet yet.
 *
 * @param moduleTitle the module concerned (a required module, the post-test, the evaluation)
 * @param have what the participant has (attendance percentage, post-test score), if it is a number
 * @param need what the rule asks for, if it is a number
 */
public record Lack(Kind kind, @Nullable String moduleTitle, @Nullable BigDecimal have, @Nullable BigDecimal need) {

	public enum Kind {

		MODULE, POST_TEST, ATTENDANCE, EVALUATION;

		public String labelKey() {
			return "learning.lack." + name();
		}

	}

}
