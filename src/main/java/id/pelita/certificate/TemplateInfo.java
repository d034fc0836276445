package id.pelita.certificate;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A template folder as the organiser sees it: usable, or refused with the reason (a translation key and its
 * arguments), and which courses use it.
 */
public record TemplateInfo(String folder, @Nullable String name, boolean landscape, @Nullable String problemKey,
		List<String> problemArguments, List<String> courses) {

	public boolean usable() {
		return this.problemKey == null;
	}

}
