package id.pelita.certificate.internal;

/** Why a certificate cannot be issued yet (the request stays pending with this reason until fixed). */
public class IssueProblem extends RuntimeException {

	private final String key;

	private final String detail;

	public IssueProblem(String key, String detail) {
		super(key + " " + detail);
		this.key = key;
		this.detail = detail;
	}

	public String key() {
		return this.key;
	}

	public String detail() {
		return this.detail;
	}

}
