package id.pelita.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.RunService;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.learning.internal.survey.SurveyDefinitions;
import id.pelita.learning.internal.survey.SurveyInstructors;
import id.pelita.learning.internal.survey.SurveyModule;
import id.pelita.learning.internal.survey.SurveyStore;
import id.pelita.shared.Nip;
import id.pelita.shared.UserFacingException;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's editor of a survey module, the course's template or a run's copy: its items per section and the
 * instructors. Everything can change until the first response; after that the survey is as the respondents saw it.
 */
@Service
@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
public class SurveyEditor {

	/** The longest item text. */
	public static final int MAX_ITEM = 500;

	private final SurveyDefinitions definitions;

	private final SurveyStore store;

	private final SurveyInstructors instructors;

	private final CatalogService courses;

	private final RunService runs;

	private final PersonDirectory people;

	private final Clock clock;

	SurveyEditor(SurveyDefinitions definitions, SurveyStore store, SurveyInstructors instructors,
			CatalogService courses, RunService runs, PersonDirectory people, Clock clock) {
		this.definitions = definitions;
		this.store = store;
		this.instructors = instructors;
		this.courses = courses;
		this.runs = runs;
		this.people = people;
		this.clock = clock;
	}

	/** The survey of a module of the course (created from the standard template when first opened). */
	@Transactional
	public SurveyDefinition definition(long courseId, long moduleId) {
		SurveyModule module = module(moduleId);
		if (module.courseId() != courseId) {
			throw new UserFacingException("survey.error.notFound");
		}
		List<SurveyInstructor> named = this.instructors.of(module);
		Map<Long, String> accountNames = new HashMap<>();
		this.people.findAll(named.stream().map(SurveyInstructor::accountId).filter(Objects::nonNull).toList())
			.forEach(person -> accountNames.put(person.accountId(), person.fullName()));
		String runName = module.runId() == null ? null : this.runs.run(module.runId()).name();
		return new SurveyDefinition(moduleId, module.courseId(), module.runId(),
				this.courses.course(module.courseId()).title(), runName, module.title(), this.store.items(moduleId),
				named, this.store.instructorsFixed(moduleId), accountNames, this.store.responses(moduleId));
	}

	/** The same for a survey module wherever it belongs (the path builder shows a summary of each). */
	@Transactional
	public SurveyDefinition definition(long moduleId) {
		return definition(module(moduleId).courseId(), moduleId);
	}

	@Transactional
	public long addItem(long moduleId, SurveySection section, String text) {
		editable(moduleId);
		long id = this.store.insertItem(moduleId, section, checkedText(text));
		this.store.touch(moduleId, this.clock.instant());
		return id;
	}

	@Transactional
	public void changeItem(long moduleId, long itemId, String text) {
		editableItem(moduleId, itemId);
		this.store.updateItemText(itemId, checkedText(text));
		this.store.touch(moduleId, this.clock.instant());
	}

	@Transactional
	public void removeItem(long moduleId, long itemId) {
		editableItem(moduleId, itemId);
		this.store.deleteItem(itemId);
		this.store.touch(moduleId, this.clock.instant());
	}

	/** Moves the item one place up ({@code -1}) or down ({@code 1}) within its section. */
	@Transactional
	public void moveItem(long moduleId, long itemId, int direction) {
		editableItem(moduleId, itemId);
		List<SurveyItem> items = this.store.items(moduleId);
		SurveyItem item = items.stream().filter(candidate -> candidate.id() == itemId).findFirst().orElseThrow();
		List<SurveyItem> section = items.stream().filter(candidate -> candidate.section() == item.section()).toList();
		int at = section.indexOf(item);
		int to = at + Integer.signum(direction);
		if (to < 0 || to >= section.size()) {
			return;
		}
		SurveyItem other = section.get(to);
		this.store.setItemPosition(item.id(), other.position());
		this.store.setItemPosition(other.id(), item.position());
		this.store.touch(moduleId, this.clock.instant());
	}

	/**
	 * Adds an instructor by name, linked to the account of the NIP when one is given (so that they can read their
	 * aggregates). Fixes the list: from now on it no longer follows the run's sessions.
	 */
	@Transactional
	public void addInstructor(long moduleId, String name, @Nullable String nip) {
		SurveyModule module = editable(moduleId);
		String cleaned = name == null ? "" : name.strip();
		if (cleaned.isEmpty()) {
			throw new UserFacingException("survey.error.instructorRequired");
		}
		if (cleaned.length() > SurveyInstructors.MAX_NAME) {
			throw new UserFacingException("survey.error.instructorTooLong", SurveyInstructors.MAX_NAME);
		}
		Long accountId = null;
		if (nip != null && !nip.isBlank()) {
			String digits = Nip.parse(nip).value();
			accountId = this.people.findByNip(digits)
				.map(PersonRef::accountId)
				.orElseThrow(() -> new UserFacingException("survey.error.accountNotFound", nip.strip()));
		}
		List<SurveyInstructor> list = new ArrayList<>(this.instructors.of(module));
		if (list.stream().anyMatch(instructor -> instructor.name().equalsIgnoreCase(cleaned))) {
			throw new UserFacingException("survey.error.instructorDuplicate", cleaned);
		}
		list.add(new SurveyInstructor(null, cleaned, accountId));
		this.store.replaceInstructors(moduleId, list);
		this.store.touch(moduleId, this.clock.instant());
	}

	/** Removes an instructor (by position in the list shown); fixes the list as {@link #addInstructor} does. */
	@Transactional
	public void removeInstructor(long moduleId, String name) {
		SurveyModule module = editable(moduleId);
		List<SurveyInstructor> list = new ArrayList<>(this.instructors.of(module));
		if (!list.removeIf(instructor -> instructor.name().equals(name))) {
			throw new UserFacingException("survey.error.instructorNotFound", name);
		}
		this.store.replaceInstructors(moduleId, list);
		this.store.touch(moduleId, this.clock.instant());
	}

	/** Lets a run's survey follow the instructors named on the run's sessions again. */
	@Transactional
	public void instructorsFromSessions(long moduleId) {
		editable(moduleId);
		this.store.releaseInstructors(moduleId);
		this.store.touch(moduleId, this.clock.instant());
	}

	private SurveyModule module(long moduleId) {
		return this.definitions.open(moduleId).orElseThrow(() -> new UserFacingException("survey.error.notFound"));
	}

	/** The module, its survey locked against a first response arriving meanwhile; refused once responses exist. */
	private SurveyModule editable(long moduleId) {
		SurveyModule module = module(moduleId);
		this.store.lockSurvey(moduleId);
		if (this.store.responses(moduleId) > 0) {
			throw new UserFacingException("survey.error.locked");
		}
		return module;
	}

	private void editableItem(long moduleId, long itemId) {
		editable(moduleId);
		if (!this.store.moduleOfItem(itemId).map(owner -> owner == moduleId).orElse(false)) {
			throw new UserFacingException("survey.error.itemNotFound");
		}
	}

	private static String checkedText(String text) {
		String cleaned = text == null ? "" : text.strip();
		if (cleaned.isEmpty()) {
			throw new UserFacingException("survey.error.itemRequired");
		}
		if (cleaned.length() > MAX_ITEM) {
			throw new UserFacingException("survey.error.itemTooLong", MAX_ITEM);
		}
		return cleaned;
	}

}
