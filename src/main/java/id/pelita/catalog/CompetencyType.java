package id.pelita.catalog;

/** The competency a course develops (PermenPANRB 38/2017, plus the regions' government competencies). */
public enum CompetencyType {

	MANAJERIAL, TEKNIS, SOSIAL_KULTURAL, PEMERINTAHAN;

	public String labelKey() {
		return "competency." + name();
	}

}
