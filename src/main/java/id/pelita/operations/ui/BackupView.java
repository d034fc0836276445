package id.pelita.operations.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.operations.BackupService;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/** Backups ({@code /admin/cadangan}): the last backup and "back up now", for administrators. */
@Route("admin/cadangan")
@Menu(title = "menu.backup", icon = "vaadin:archive", order = 87)
@RolesAllowed(Role.ADMIN_NAME)
class BackupView extends VerticalLayout implements HasDynamicTitle {

	final BackupPanel panel;

	BackupView(BackupService backups) {
		this.panel = new BackupPanel(backups);
		add(new H2(getTranslation("backup.page")), this.panel);
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "backup.page");
	}

}
