package id.pelita.operations.ui;

import java.io.OutputStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pelita.identity.ProfileSection;
import id.pelita.operations.PersonalDataService;

/** "Download my data" on the profile page ({@code /profil}): the person's own data as a ZIP. */
@org.springframework.stereotype.Component
class PersonalDataProfileSection implements ProfileSection {

	private final PersonalDataService personalData;

	PersonalDataProfileSection(PersonalDataService personalData) {
		this.personalData = personalData;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public Component section() {
		UI ui = UI.getCurrent();
		Anchor download = new Anchor();
		download.setText(ui.getTranslation("personalData.download"));
		download.setHref((DownloadHandler) event -> {
			event.setFileName(this.personalData.fileName());
			event.setContentType("application/zip");
			byte[] bytes = this.personalData.myData();
			try (OutputStream out = event.getOutputStream()) {
				out.write(bytes);
			}
		});
		download.getElement().setAttribute("download", true);
		download.setId("personal-data-download");
		VerticalLayout section = new VerticalLayout(new H3(ui.getTranslation("personalData.title")),
				new Paragraph(ui.getTranslation("personalData.explanation")), download);
		section.setPadding(false);
		return section;
	}

}
