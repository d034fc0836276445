package id.pelita.learning.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import id.pelita.learning.ModuleKind;


/** The {@link ModuleKindEditor}s the parts registered, by kind, with the default routes of quizzes and surveys. */
@org.springframework.stereotype.Component
public class ModuleKinds {

	private final Map<ModuleKind, ModuleKindEditor> editors = new EnumMap<>(ModuleKind.class);

	ModuleKinds(List<ModuleKindEditor> editors) {
		editors.forEach(editor -> this.editors.put(editor.kind(), editor));
	}

	public Optional<Component> editor(ModuleKind kind, long moduleId) {
		ModuleKindEditor editor = this.editors.get(kind);
		return editor == null ? Optional.empty() : editor.editor(moduleId);
	}

	/** Where a participant opens a quiz or survey module. */
	public String participantRoute(ModuleKind kind, long runId, long moduleId) {
		ModuleKindEditor editor = this.editors.get(kind);
		if (editor != null) {
			return editor.participantRoute(runId, moduleId);
		}
		return "kursus-saya/" + runId + (kind == ModuleKind.SURVEY ? "/evaluasi/" : "/kuis/") + moduleId;
	}

}
