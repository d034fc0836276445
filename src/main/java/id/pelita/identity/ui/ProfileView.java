package id.pelita.identity.ui;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.identity.AccountService;
import id.pelita.identity.AgencyDirectory;
import id.pelita.identity.Profile;
import id.pelita.identity.ProfileSection;
import id.pelita.identity.ProfileUpdate;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.PermitAll;

import org.springframework.beans.factory.ObjectProvider;

/**
 * A person's own profile: contact details, rank and position, language and time zone, and password; below them the
 * sections other modules contribute ({@link ProfileSection}).
 */
@Route("profil")
@Menu(title = "menu.profile", icon = "vaadin:user", order = 90)
@PermitAll
class ProfileView extends VerticalLayout implements HasDynamicTitle {

	private final transient AccountService accounts;

	final TextField nip = new TextField();

	final TextField agency = new TextField();

	final TextField fullName = new TextField();

	final TextField rankGrade = new TextField();

	final TextField position = new TextField();

	final EmailField email = new EmailField();

	final TextField phone = new TextField();

	final ComboBox<ZoneId> zone = new ComboBox<>();

	final ComboBox<Locale> language = new ComboBox<>();

	final Button save = new Button();

	final PasswordField currentPassword = new PasswordField();

	final PasswordField newPassword = new PasswordField();

	final PasswordField repeatPassword = new PasswordField();

	final Button changePassword = new Button();

	ProfileView(AccountService accounts, AgencyDirectory agencies, ObjectProvider<ProfileSection> sections) {
		this.accounts = accounts;
		addClassName("page");
		Profile profile = accounts.myProfile();
		this.nip.setLabel(getTranslation("profile.nip"));
		this.nip.setValue(profile.nip() == null ? "-" : profile.nip());
		this.nip.setReadOnly(true);
		this.agency.setLabel(getTranslation("profile.agency"));
		this.agency.setValue(profile.agencyId() == null ? "-"
				: agencies.find(profile.agencyId()).map(AgencyDirectory.AgencyRef::name).orElse("-"));
		this.agency.setReadOnly(true);
		this.fullName.setLabel(getTranslation("profile.fullName"));
		this.fullName.setRequiredIndicatorVisible(true);
		this.fullName.setValue(profile.fullName());
		this.rankGrade.setLabel(getTranslation("profile.rankGrade"));
		this.rankGrade.setValue(nullToEmpty(profile.rankGrade()));
		this.position.setLabel(getTranslation("profile.position"));
		this.position.setValue(nullToEmpty(profile.position()));
		this.email.setLabel(getTranslation("profile.email"));
		this.email.setValue(nullToEmpty(profile.email()));
		this.phone.setLabel(getTranslation("profile.phone"));
		this.phone.setValue(nullToEmpty(profile.phone()));
		this.zone.setLabel(getTranslation("profile.zone"));
		this.zone.setItems(IndonesianTime.ZONES);
		this.zone.setItemLabelGenerator(z -> getTranslation("zone." + IndonesianTime.label(z)));
		this.zone.setValue(profile.zone());
		this.language.setLabel(getTranslation("profile.language"));
		this.language.setItems(Translations.LOCALES);
		this.language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
		this.language.setValue(Translations.supported(profile.language()));
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> saveProfile());
		FormLayout details = new FormLayout(this.nip, this.agency, this.fullName, this.rankGrade, this.position,
				this.email, this.phone, this.zone, this.language);
		this.currentPassword.setLabel(getTranslation("profile.currentPassword"));
		this.newPassword.setLabel(getTranslation("profile.newPassword"));
		this.newPassword.setHelperText(getTranslation("password.rules"));
		this.repeatPassword.setLabel(getTranslation("profile.repeatPassword"));
		this.changePassword.setText(getTranslation("profile.changePassword"));
		this.changePassword.addClickListener(click -> changePassword());
		FormLayout passwords = new FormLayout(this.currentPassword, this.newPassword, this.repeatPassword);
		add(new H2(getTranslation("menu.profile")), details, this.save,
				new H3(getTranslation("profile.changePassword")), passwords, this.changePassword);
		sections.stream()
			.sorted(Comparator.comparingInt(ProfileSection::order))
			.forEach(section -> add(section.section()));
	}

	private void saveProfile() {
		try {
			this.accounts.updateMyProfile(new ProfileUpdate(this.fullName.getValue(), this.rankGrade.getValue(),
					this.position.getValue(), this.email.getValue(), this.phone.getValue(), this.zone.getValue(),
					this.language.getValue()));
			UserContext.switchZone(this.zone.getValue());
			boolean languageChanged = !this.language.getValue().equals(getLocale());
			UserContext.switchLocale(this.language.getValue());
			Notices.success("profile.saved");
			if (languageChanged) {
				getUI().ifPresent(ui -> ui.getPage().reload());
			}
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	private void changePassword() {
		if (!this.newPassword.getValue().equals(this.repeatPassword.getValue())) {
			this.repeatPassword.setInvalid(true);
			this.repeatPassword.setErrorMessage(getTranslation("password.error.mismatch"));
			return;
		}
		try {
			this.accounts.changeMyPassword(this.currentPassword.getValue(), this.newPassword.getValue());
			this.currentPassword.clear();
			this.newPassword.clear();
			this.repeatPassword.clear();
			this.repeatPassword.setInvalid(false);
			Notices.success("profile.passwordChanged");
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.profile");
	}

}
