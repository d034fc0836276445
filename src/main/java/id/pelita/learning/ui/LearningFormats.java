package id.pelita.learning.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import id.pelita.learning.Lack;
import id.pelita.learning.LockReason;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.ModuleState;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.UserContext;

/** Texts the path's pages share: state chips, why a module is locked, what a participant still lacks. */
final class LearningFormats {

	private LearningFormats() {
	}

	static Span stateChip(Component owner, ModuleState state) {
		Span chip = new Span(owner.getTranslation(state.labelKey()));
		chip.addClassName("chip");
		chip.addClassName("state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		return chip;
	}

	static Span kindChip(Component owner, ModuleKind kind) {
		Span chip = new Span(owner.getTranslation(kind.labelKey()));
		chip.addClassName("chip");
		return chip;
	}

	static String lock(Component owner, LockReason reason) {
		return switch (reason.kind()) {
			case AFTER_PREVIOUS -> owner.getTranslation("learning.path.lock.afterPrevious", reason.moduleTitle());
			case AFTER_MODULE -> owner.getTranslation("learning.path.lock.afterModule", reason.moduleTitle());
			case FROM_TIME -> owner.getTranslation("learning.path.lock.fromTime",
					IndonesianTime.dateTime(reason.opensAt(), UserContext.zone(), UserContext.locale()));
		};
	}

	static String lack(Component owner, Lack lack) {
		return owner.getTranslation(lack.kind().labelKey(), lack.moduleTitle() == null ? "" : lack.moduleTitle(),
				lack.have() == null ? "-" : lack.have().stripTrailingZeros().toPlainString(),
				lack.need() == null ? "-" : lack.need().stripTrailingZeros().toPlainString());
	}

}
