package id.pelita.shared.security;

/** The roles of the platform. Views use the constants in {@code @RolesAllowed}. */
public enum Role {

	PARTICIPANT, ORGANISER, AGENCY_COORDINATOR, ADMIN;

	public static final String PARTICIPANT_NAME = "PARTICIPANT";

	public static final String ORGANISER_NAME = "ORGANISER";

	public static final String AGENCY_COORDINATOR_NAME = "AGENCY_COORDINATOR";

	public static final String ADMIN_NAME = "ADMIN";

	/** The Spring Security authority of the role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether the role makes its holder staff (organiser, coordinator, administrator), not only a participant. */
	public boolean isStaff() {
		return this != PARTICIPANT;
	}

	/** The translation key of the role's label. */
	public String labelKey() {
		return "role." + name();
	}

}
