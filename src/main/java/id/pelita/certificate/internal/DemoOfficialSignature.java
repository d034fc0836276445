package id.pelita.certificate.internal;

import id.pelita.certificate.internal.template.DemoSignature;
import id.pelita.shared.files.FileStore;
import id.pelita.shared.files.FileType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the embedded default with demo data, gives the demo signing official (seeded by V63) a drawn signature
 * image, so that the demo issues complete certificates.
 */
@Component
@ConditionalOnProperty(name = "pelita.demo-data.enabled", havingValue = "true")
class DemoOfficialSignature {

	private final SettingsStore settings;

	private final FileStore files;

	DemoOfficialSignature(SettingsStore settings, FileStore files) {
		this.settings = settings;
		this.files = files;
	}

	@EventListener(ApplicationReadyEvent.class)
	void addSignature() {
		this.settings.officials()
			.stream()
			.filter(official -> official.signaturePath() == null)
			.findFirst()
			.ifPresent(official -> this.settings.setSignature(official.id(),
					this.files.store("signatures", DemoSignature.png(), FileType.PNG).relativePath()));
	}

}
