package id.pelita.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.pelita.operations.BackupInfo;
import id.pelita.operations.BackupService;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;

/**
 * The backups of the embedded default as a section of a page: the last backup (when, file, size) and "back up
 * now"; on PostgreSQL a note that backups are pg_dump's and the storage directory's. Shown on
 * {@code /admin/integrasi}.
 */
class BackupPanel extends VerticalLayout {

	private final transient BackupService backups;

	final Paragraph last = new Paragraph();

	final Button backUpNow = new Button();

	BackupPanel(BackupService backups) {
		this.backups = backups;
		setPadding(false);
		this.backUpNow.setText(getTranslation("backup.now"));
		this.backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.backUpNow.addClickListener(click -> backUp());
		add(new H3(getTranslation("backup.title")), this.last);
		if (backups.available()) {
			add(this.backUpNow);
			showLast();
		}
		else {
			this.last.setText(getTranslation("backup.external"));
		}
	}

	private void backUp() {
		try {
			BackupInfo info = this.backups.backUpNow();
			showLast();
			Notices.success("backup.done", info.fileName());
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	private void showLast() {
		this.last.setText(this.backups.lastBackup()
			.map(info -> getTranslation("backup.last", IndonesianTime.dateTime(info.createdAt(), UserContext.zone(),
					UserContext.locale()), info.fileName(), megabytes(info.size())))
			.orElseGet(() -> getTranslation("backup.none")));
	}

	private static String megabytes(long bytes) {
		return String.format(UserContext.locale(), "%.1f", bytes / (1024.0 * 1024.0));
	}

}
