package id.pelita.learning.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pelita.learning.ModuleDraft;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.PathBuilder;
import id.pelita.learning.PathModule;
import id.pelita.learning.internal.ModuleKinds;
import id.pelita.liveclass.LiveSession;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import org.jspecify.annotations.Nullable;

/**
 * The module list of one path (a course's template or a run's copy) with its actions: add, change, move up and
 * down or drag a module by its title line onto the place it is to take, remove, upload the file of a file or video
 * module, and the editor a quiz or survey part registered for its kind. While the path may not change (a run
 * somebody started) every action is hidden and nothing can be dragged.
 */
class PathEditor extends Div {

	/** What the editor needs of its page. */
	interface Scope {

		List<PathModule> modules();

		long add(ModuleDraft draft);

		List<LiveSession> sessions();

		boolean editable();

	}

	private final transient PathBuilder builder;

	private final transient ModuleKinds kinds;

	private final transient Scope scope;

	final Button add = new Button();

	final Div rows = new Div();

	final Paragraph empty = new Paragraph();

	PathEditor(PathBuilder builder, ModuleKinds kinds, Scope scope) {
		this.builder = builder;
		this.kinds = kinds;
		this.scope = scope;
		addClassName("path-editor");
		this.add.setText(getTranslation("learning.builder.add"));
		this.add.setIcon(VaadinIcon.PLUS.create());
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.addClickListener(click -> open(null));
		this.empty.setText(getTranslation("learning.builder.empty"));
		this.empty.addClassName("empty-state");
		add(this.add, this.rows, this.empty);
		refresh();
	}

	void refresh() {
		List<PathModule> modules = this.scope.modules();
		boolean editable = this.scope.editable();
		this.add.setVisible(editable);
		this.rows.removeAll();
		modules.forEach(module -> this.rows.add(row(module, editable)));
		this.empty.setVisible(modules.isEmpty());
	}

	private Div row(PathModule module, boolean editable) {
		Div row = new Div();
		row.addClassName("path-row");
		Span title = new Span(module.position() + ". " + module.title());
		title.addClassName("cell-title");
		FlexLayout line = new FlexLayout(title, LearningFormats.kindChip(this, module.kind()),
				chip(module.required() ? "learning.builder.requiredChip" : "learning.builder.optionalChip"));
		line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		line.getStyle().set("gap", "var(--lumo-space-s)");
		row.add(line);
		String details = details(module);
		if (!details.isEmpty()) {
			Paragraph facts = new Paragraph(details);
			facts.addClassName("cell-line");
			row.add(facts);
		}
		if (editable) {
			draggable(row, line, module);
			FlexLayout actions = new FlexLayout(small(VaadinIcon.ARROW_UP, "learning.builder.up", () -> {
				this.builder.move(module.id(), -1);
				return null;
			}), small(VaadinIcon.ARROW_DOWN, "learning.builder.down", () -> {
				this.builder.move(module.id(), 1);
				return null;
			}), small(VaadinIcon.EDIT, "learning.builder.edit", () -> {
				open(module);
				return null;
			}), small(VaadinIcon.TRASH, "learning.builder.remove", () -> {
				this.builder.remove(module.id());
				return null;
			}));
			actions.getStyle().set("gap", "var(--lumo-space-xs)");
			row.add(actions);
			if (module.kind() == ModuleKind.FILE || module.kind() == ModuleKind.VIDEO) {
				row.add(upload(module));
			}
		}
		this.kinds.editor(module.kind(), module.id())
			.ifPresent(editor -> row.add(new Details(getTranslation("learning.builder.kindEditor"), editor)));
		return row;
	}

	/** The title line drags the module; dropped on another module's row, it takes that module's place. */
	private void draggable(Div row, FlexLayout line, PathModule module) {
		Span handle = new Span(VaadinIcon.LINES.create());
		handle.addClassName("path-drag-handle");
		handle.getElement().setAttribute("title", getTranslation("learning.builder.drag"));
		line.addComponentAsFirst(handle);
		line.addClassName("path-drag");
		DragSource<FlexLayout> source = DragSource.create(line);
		source.setDragData(module.id());
		source.setEffectAllowed(EffectAllowed.MOVE);
		DropTarget<Div> target = DropTarget.create(row);
		target.setDropEffect(DropEffect.MOVE);
		target.addDropListener(drop -> drop.getDragData()
			.filter(Long.class::isInstance)
			.map(Long.class::cast)
			.ifPresent(dragged -> dropped(dragged, module)));
	}

	/** Moves the dragged module to the place of the module it was dropped on. */
	void dropped(long dragged, PathModule onto) {
		if (dragged == onto.id()) {
			return;
		}
		try {
			this.builder.moveTo(dragged, onto.position());
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
		refresh();
	}

	private String details(PathModule module) {
		StringBuilder text = new StringBuilder();
		if (module.material().fileName() != null) {
			text.append(getTranslation("learning.builder.fileFact", module.material().fileName(),
					Math.max(1, module.material().fileSize() / 1024)));
		}
		if (module.material().videoUrl() != null) {
			text.append(module.material().videoUrl());
		}
		if (module.kind() == ModuleKind.LIVE_SESSION && module.material().sessionId() == null) {
			text.append(getTranslation(module.template() ? "learning.builder.sessionInRun" : "learning.builder.sessionMissing"));
		}
		if (module.unlock().afterPrevious()) {
			text.append(text.isEmpty() ? "" : " · ").append(getTranslation("learning.builder.afterPreviousFact"));
		}
		if (module.unlock().opensAt() != null) {
			text.append(text.isEmpty() ? "" : " · ").append(getTranslation("learning.builder.opensAtFact",
					IndonesianTime.dateTime(module.unlock().opensAt(), UserContext.zone(), UserContext.locale())));
		}
		return text.toString();
	}

	private Upload upload(PathModule module) {
		Upload upload = new Upload();
		upload.setMaxFiles(1);
		upload.setAcceptedFileTypes(module.kind() == ModuleKind.VIDEO ? new String[] { "video/mp4", ".mp4" }
				: new String[] { ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp" });
		upload.getElement().setAttribute("aria-label", getTranslation("learning.builder.upload"));
		upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
			try (InputStream content = Files.newInputStream(file.toPath())) {
				this.builder.attachFile(module.id(), metadata.fileName(), content);
				Notices.success("learning.builder.uploaded", metadata.fileName());
				refresh();
			}
			catch (UserFacingException ex) {
				upload.clearFileList();
				Notices.failure(ex);
			}
			catch (IOException ex) {
				Notices.failure(new UserFacingException("file.error.storage", metadata.fileName()));
			}
			finally {
				Files.deleteIfExists(file.toPath());
			}
		}));
		return upload;
	}

	private void open(@Nullable PathModule module) {
		List<PathModule> path = this.scope.modules();
		new ModuleDialog(this.builder, module, path, this.scope.sessions(), draft -> {
			if (module == null) {
				this.scope.add(draft);
			}
			else {
				this.builder.update(module.id(), draft);
			}
			Notices.success("learning.builder.saved");
			refresh();
		}).open();
	}

	private Button small(VaadinIcon icon, String labelKey, Supplier<@Nullable Object> action) {
		Button button = new Button(icon.create(), click -> {
			try {
				action.get();
				refresh();
			}
			catch (UserFacingException ex) {
				Notices.failure(ex);
			}
		});
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		button.setAriaLabel(getTranslation(labelKey));
		button.setTooltipText(getTranslation(labelKey));
		return button;
	}

	private Span chip(String key) {
		Span chip = new Span(getTranslation(key));
		chip.addClassName("chip");
		return chip;
	}

}
