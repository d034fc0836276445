package id.pelita.learning.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import id.pelita.learning.ModuleDraft;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.PathModule;
import id.pelita.learning.Unlock;
import id.pelita.liveclass.LiveSession;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.UserContext;
import org.jspecify.annotations.Nullable;

/**
 * A module's fields: kind (new modules only), title, required, unlock conditions and what the kind holds (a lesson's
 * Markdown with its preview, a video's link, a live session of the run). Fires a {@link SaveEvent} with the draft;
 * the dialog around it calls the service. The preview is rendered by the function given, the service's own.
 */
class ModuleForm extends FormLayout {

	final Select<ModuleKind> kind = new Select<>();

	final TextField title = new TextField();

	final Checkbox required = new Checkbox();

	final Checkbox afterPrevious = new Checkbox();

	final ComboBox<PathModule> afterModule = new ComboBox<>();

	final DateTimePicker opensAt = new DateTimePicker();

	final TextArea markdown = new TextArea();

	final Div preview = new Div();

	final TextField videoUrl = new TextField();

	final ComboBox<LiveSession> session = new ComboBox<>();

	private final transient java.util.function.Function<String, String> render;

	private final ZoneId zone = UserContext.zone();

	ModuleForm(@Nullable PathModule existing, List<PathModule> path, List<LiveSession> sessions,
			java.util.function.Function<String, String> render) {
		this.render = render;
		this.kind.setLabel(getTranslation("learning.builder.kind"));
		this.kind.setItems(ModuleKind.values());
		this.kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
		this.kind.setValue(existing == null ? ModuleKind.LESSON : existing.kind());
		this.kind.setEnabled(existing == null);
		this.title.setLabel(getTranslation("learning.builder.title"));
		this.title.setMaxLength(200);
		this.title.setRequiredIndicatorVisible(true);
		this.required.setLabel(getTranslation("learning.builder.required"));
		this.required.setValue(existing == null || existing.required());
		this.afterPrevious.setLabel(getTranslation("learning.builder.afterPrevious"));
		this.afterModule.setLabel(getTranslation("learning.builder.afterModule"));
		this.afterModule.setItems(path.stream().filter(m -> existing == null || m.id() != existing.id()).toList());
		this.afterModule.setItemLabelGenerator(m -> m.position() + ". " + m.title());
		this.afterModule.setClearButtonVisible(true);
		this.opensAt.setLabel(getTranslation("learning.builder.opensAt", IndonesianTime.label(this.zone)));
		this.markdown.setLabel(getTranslation("learning.builder.markdown"));
		this.markdown.setHelperText(getTranslation("learning.builder.markdownHelp"));
		this.markdown.setMinHeight("12em");
		this.markdown.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
		this.markdown.addValueChangeListener(event -> showPreview());
		this.preview.addClassName("markdown-preview");
		this.videoUrl.setLabel(getTranslation("learning.builder.videoUrl"));
		this.videoUrl.setHelperText(getTranslation("learning.builder.videoUrlHelp"));
		this.session.setLabel(getTranslation("learning.builder.session"));
		this.session.setItems(sessions);
		this.session.setItemLabelGenerator(s -> s.title() + " – "
				+ IndonesianTime.dateTime(s.startsAt(), this.zone, UserContext.locale()));
		this.session.setVisible(!sessions.isEmpty());
		this.kind.addValueChangeListener(event -> showKindFields());
		if (existing != null) {
			fill(existing, path, sessions);
		}
		add(this.kind, this.title, this.required, this.afterPrevious, this.afterModule, this.opensAt, this.markdown,
				this.preview, this.videoUrl, this.session);
		setColspan(this.markdown, 2);
		setColspan(this.preview, 2);
		showKindFields();
		showPreview();
	}

	private void fill(PathModule existing, List<PathModule> path, List<LiveSession> sessions) {
		this.title.setValue(existing.title());
		this.afterPrevious.setValue(existing.unlock().afterPrevious());
		path.stream().filter(m -> Objects.equals(m.id(), existing.unlock().afterModuleId())).findFirst()
			.ifPresent(this.afterModule::setValue);
		if (existing.unlock().opensAt() != null) {
			this.opensAt.setValue(LocalDateTime.ofInstant(existing.unlock().opensAt(), this.zone));
		}
		this.markdown.setValue(existing.material().markdown() == null ? "" : existing.material().markdown());
		this.videoUrl.setValue(existing.material().videoUrl() == null ? "" : existing.material().videoUrl());
		sessions.stream().filter(s -> Objects.equals(s.id(), existing.material().sessionId())).findFirst()
			.ifPresent(this.session::setValue);
	}

	private void showKindFields() {
		ModuleKind chosen = this.kind.getValue();
		this.markdown.setVisible(chosen == ModuleKind.LESSON);
		this.preview.setVisible(chosen == ModuleKind.LESSON);
		this.videoUrl.setVisible(chosen == ModuleKind.VIDEO);
		this.session.setVisible(chosen == ModuleKind.LIVE_SESSION && this.session.getListDataView().getItemCount() > 0);
	}

	/** Renders the lesson as participants will see it; an unsafe text shows why it would be refused. */
	void showPreview() {
		this.preview.removeAll();
		try {
			this.preview.add(new Html(this.render.apply(this.markdown.getValue())));
		}
		catch (id.pelita.shared.UserFacingException ex) {
			Div refusal = new Div();
			refusal.setText(getTranslation(ex.messageKey(), ex.arguments()));
			refusal.addClassName("field-error");
			this.preview.add(refusal);
		}
	}

	/** Adds text (an uploaded image's Markdown) at the end of the lesson. */
	void append(String text) {
		String before = this.markdown.getValue();
		this.markdown.setValue(before.isBlank() ? text : before.stripTrailing() + "\n\n" + text);
	}

	ModuleDraft draft() {
		LocalDateTime opens = this.opensAt.getValue();
		PathModule after = this.afterModule.getValue();
		LiveSession chosen = this.session.getValue();
		return new ModuleDraft(this.kind.getValue(), this.title.getValue(), this.required.getValue(),
				new Unlock(this.afterPrevious.getValue(), after == null ? null : after.id(),
						opens == null ? null : opens.atZone(this.zone).toInstant()),
				this.markdown.getValue(), this.videoUrl.getValue(), chosen == null ? null : chosen.id());
	}

	void save() {
		fireEvent(new SaveEvent(this, draft()));
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	static final class SaveEvent extends ComponentEvent<ModuleForm> {

		private final ModuleDraft draft;

		SaveEvent(ModuleForm source, ModuleDraft draft) {
			super(source, false);
			this.draft = draft;
		}

		ModuleDraft draft() {
			return this.draft;
		}

	}

}
