package id.pelita.agency;

import id.pelita.identity.AccountStatus;
import org.jspecify.annotations.Nullable;

/** One employee with everything the edit form and the API show. */
public record RosterEmployee(long accountId, String nip, String fullName, @Nullable String rankGrade,
		@Nullable String position, String unitCode, String unitName, @Nullable String email, @Nullable String phone,
		AccountStatus status) {

	/** The employee as the edit form starts. */
	public EmployeeInput input() {
		return new EmployeeInput(this.nip, this.fullName, this.rankGrade, this.position, this.unitCode, this.email,
				this.phone);
	}

}
