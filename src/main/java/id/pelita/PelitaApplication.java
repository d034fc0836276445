package id.pelita;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

import id.pelita.operations.BackupRestore;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Pelita LMS: competency development for Indonesian civil servants. The top-level packages below this one are
 * the application modules described in DESIGN.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/pelita.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "Pelita LMS", shortName = "Pelita")
public class PelitaApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		if (BackupRestore.requested(args)) {
			System.exit(BackupRestore.run(args, System.out, System.err));
		}
		SpringApplication.run(PelitaApplication.class, args);
	}

}
