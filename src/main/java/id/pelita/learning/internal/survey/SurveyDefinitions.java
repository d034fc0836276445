package id.pelita.learning.internal.survey;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Brings a survey into being: the first time a survey module is opened (by its editor, a participant or a copy)
 * it gets the standard items; a copied module gets its source's items. Runs in the caller's transaction and
 * locks the module's row, so two first openings create one survey.
 */
@Component
public class SurveyDefinitions {

	private final SurveyStore store;

	private final Clock clock;

	SurveyDefinitions(SurveyStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The survey module, its survey created from the standard template if it had none; empty if not a survey. */
	public Optional<SurveyModule> open(long moduleId) {
		Optional<SurveyModule> module = this.store.module(moduleId);
		if (module.isPresent() && !this.store.exists(moduleId)) {
			module = this.store.lockModule(moduleId);
			if (module.isPresent() && !this.store.exists(moduleId)) {
				this.store.createStandard(moduleId, this.clock.instant());
			}
		}
		return module;
	}

	/** Copies the survey of a survey module to its copy; does nothing for modules of other kinds. */
	public void copy(long fromModuleId, long toModuleId) {
		if (open(fromModuleId).isEmpty() || this.store.lockModule(toModuleId).isEmpty()
				|| this.store.exists(toModuleId)) {
			return;
		}
		this.store.copy(fromModuleId, toModuleId, this.clock.instant());
	}

}
