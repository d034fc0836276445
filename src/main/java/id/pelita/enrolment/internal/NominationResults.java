package id.pelita.enrolment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.NominationOutcome;
import id.pelita.enrolment.NominationResult;
import id.pelita.enrolment.internal.NominationStore.Header;
import id.pelita.enrolment.internal.NominationStore.Line;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;

import org.springframework.stereotype.Component;

/** A nomination's outcome per NIP as the coordinator reads it: names found and reasons in their language. */
@Component
public class NominationResults {

	private final NominationStore store;

	private final Translations translations;

	NominationResults(NominationStore store, Translations translations) {
		this.store = store;
		this.translations = translations;
	}

	public Optional<Header> header(long nominationId) {
		return this.store.find(nominationId);
	}

	public List<Line> lines(long nominationId) {
		return this.store.lines(nominationId);
	}

	public NominationResult of(long nominationId, RunDetails run, long coordinatorId, Instant at, List<Line> lines,
			Map<Long, String> names) {
		Locale locale = CurrentUser.get().map(PelitaUser::locale).orElse(Translations.INDONESIAN);
		List<NominationOutcome> outcomes = lines.stream().map(line -> {
			String message = line.messageKey() == null ? null
					: line.messageArgument() == null ? this.translations.translate(line.messageKey(), locale)
							: this.translations.translate(line.messageKey(), locale, line.messageArgument());
			return new NominationOutcome(line.line(), line.input(), line.nip(), line.accountId(),
					line.accountId() == null ? null : names.get(line.accountId()), line.status(), line.reason(),
					line.waitlistPosition(), message);
		}).toList();
		return new NominationResult(nominationId, run.id(), run.courseTitle(), run.name(), coordinatorId, at,
				outcomes);
	}

}
