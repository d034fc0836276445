package id.pelita.reporting;

import java.util.Arrays;

import id.pelita.shared.i18n.Translations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every form of development and every status of an external entry has its label in both languages. */
class ExternalTrainingLabelsTests {

	private final Translations translations = new Translations();

	@Test
	void everyFormAndStatusHasALabelInBothLanguages() {
		Arrays.stream(ExternalTrainingType.values()).map(ExternalTrainingType::labelKey).forEach(this::labelled);
		Arrays.stream(ExternalEntry.Status.values()).map(ExternalEntry.Status::labelKey).forEach(this::labelled);
		assertThat(this.translations.translate(ExternalTrainingType.INDUCTION.labelKey(), Translations.INDONESIAN))
			.isEqualTo("Orientasi / induksi");
		assertThat(this.translations.translate(ExternalEntry.Status.PENDING.labelKey(), Translations.ENGLISH))
			.isEqualTo("Waiting for approval");
	}

	private void labelled(String key) {
		for (var locale : Translations.LOCALES) {
			assertThat(this.translations.translate(key, locale)).as(key + " in " + locale).isNotBlank().isNotEqualTo(key)
				.doesNotStartWith("!");
		}
	}

}
