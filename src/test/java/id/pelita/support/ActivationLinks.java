package id.pelita.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pelita.identity.BlankFields;
import id.pelita.identity.EmployeeAccounts;
import id.pelita.identity.EmployeeData;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** New employees with an account waiting for activation, and the token of their link as the outbox holds it. */
public final class ActivationLinks {

	private static final Pattern LINK = Pattern.compile("\"link\":\"[^\"]*/aktivasi/([A-Za-z0-9_-]+)\"");

	private ActivationLinks() {
	}

	/** Adds an employee to the demo coordinator's agency (signing in as them) and returns the new account. */
	public static Issued issue(ApplicationContext context, String fullName) {
		SignIn.as(context, "koordinator");
		String nip = TestData.nip();
		long accountId = context.getBean(EmployeeAccounts.class)
			.upsert(List.of(new EmployeeData(nip, fullName, null, null, null, null, null)), BlankFields.CLEAR)
			.getFirst()
			.accountId();
		SignIn.out();
		return new Issued(accountId, nip, token(context, accountId));
	}

	/** The token in the newest activation message of the account. */
	public static String token(ApplicationContext context, long accountId) {
		String payload = context.getBean(JdbcTemplate.class)
			.queryForObject("select payload from outbox_message where recipient_account_id = ? "
					+ "and template = 'account-activation' order by id desc limit 1", String.class, accountId);
		Matcher link = LINK.matcher(payload);
		if (!link.find()) {
			throw new IllegalStateException("No activation link in " + payload);
		}
		return link.group(1);
	}

	/** Makes every activation token of the account expired. */
	public static void expire(ApplicationContext context, long accountId) {
		context.getBean(JdbcTemplate.class)
			.update("update account_activation set expires_at = created_at - interval '1' day where account_id = ?",
					accountId);
	}

	public record Issued(long accountId, String nip, String token) {
	}

}
