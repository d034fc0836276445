package id.pelita.certificate.internal.template;

/**
 * Why a template cannot be used, as a translation key with its arguments; the template is refused as a whole,
 * never half-rendered.
 */
public class TemplateProblem extends RuntimeException {

	private final String template;

	private final String key;

	private final transient Object[] arguments;

	public TemplateProblem(String template, String key, Object... arguments) {
		super(template + ": " + key + " " + java.util.Arrays.toString(arguments));
		this.template = template;
		this.key = key;
		this.arguments = arguments.clone();
	}

	public String template() {
		return this.template;
	}

	public String key() {
		return this.key;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
