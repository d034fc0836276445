package id.pelita.agency;

/** The level of an agency in the government tree. */
public enum AgencyKind {

	PROVINCE, REGENCY, CITY, OPD, UNIT;

	public String labelKey() {
		return "agency.kind." + name();
	}

}
