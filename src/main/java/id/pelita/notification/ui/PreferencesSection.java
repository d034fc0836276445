package id.pelita.notification.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.pelita.notification.MessageKind;
import id.pelita.notification.NotificationPreferences;
import id.pelita.notification.Preferences;
import id.pelita.shared.ui.Notices;

/**
 * The notification part of the profile page: a box per kind of message for "also by e-mail", and reminders on or
 * off altogether. Without reminders, their e-mail box is switched off too.
 */
class PreferencesSection extends VerticalLayout {

	private final transient NotificationPreferences preferences;

	final Map<MessageKind, Checkbox> byEmail = new EnumMap<>(MessageKind.class);

	final Checkbox reminders = new Checkbox();

	final Button save = new Button();

	PreferencesSection(NotificationPreferences preferences) {
		this.preferences = preferences;
		setPadding(false);
		addClassName("preferences-section");
		Preferences mine = preferences.mine();
		add(new H3(getTranslation("preferences.title")), new Paragraph(getTranslation("preferences.help")),
				new Paragraph(getTranslation("preferences.byEmail")));
		for (MessageKind kind : Preferences.optional()) {
			Checkbox box = new Checkbox(getTranslation(kind.labelKey()), mine.byEmail().contains(kind));
			this.byEmail.put(kind, box);
			add(box);
		}
		this.reminders.setLabel(getTranslation("preferences.reminders"));
		this.reminders.setHelperText(getTranslation("preferences.reminders.help"));
		this.reminders.setValue(mine.reminders());
		this.reminders.addValueChangeListener(change -> showReminders());
		this.save.setText(getTranslation("preferences.save"));
		this.save.addClickListener(click -> save());
		add(this.reminders, this.save);
		showReminders();
	}

	private void showReminders() {
		Checkbox email = this.byEmail.get(MessageKind.REMINDERS);
		email.setEnabled(this.reminders.getValue());
		if (!this.reminders.getValue()) {
			email.setValue(false);
		}
	}

	private void save() {
		Set<MessageKind> kinds = EnumSet.of(MessageKind.ACCOUNT);
		this.byEmail.forEach((kind, box) -> {
			if (box.getValue()) {
				kinds.add(kind);
			}
		});
		this.preferences.saveMine(new Preferences(kinds, this.reminders.getValue()));
		Notices.success("preferences.saved");
	}

}
