package id.pelita.shared.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.pelita.agency.AgencyKind;
import id.pelita.catalog.CompetencyType;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.LearningMode;
import id.pelita.catalog.RunStatus;
import id.pelita.enrolment.EnrolmentSource;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.NominationStatus;
import id.pelita.enrolment.ParticipantChange;
import id.pelita.enrolment.RefusalReason;
import id.pelita.identity.AccountStatus;
import id.pelita.shared.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the translations: both languages have the same keys, every key the code names exists, and no view
 * writes a user-visible text without going through the translations.
 */
class TranslationsTests {

	private static final Path SOURCES = Path.of("src/main/java");

	/** String literals passed as a translation key; those ending in a dot are prefixes, completed below. */
	private static final Pattern KEY_USE = Pattern.compile(
			"(?:getTranslation|translate|success|UserFacingException|InvalidNip|labelKey)\\(\\s*\"([a-zA-Z][\\w.]*)\"|@Menu\\(title\\s*=\\s*\"([^\"]+)\"");

	/** A literal with letters where a view expects a user-visible text. */
	private static final Pattern HARD_CODED_TEXT = Pattern.compile(
			"(?:new (?:Button|Span|H[1-6]|Paragraph|TextField|PasswordField|EmailField|TextArea|IntegerField|NumberField|"
					+ "ComboBox|Select|Checkbox|CheckboxGroup|RadioButtonGroup|DatePicker|DateTimePicker|TimePicker|Tab|"
					+ "NativeLabel|ListItem|Text|Details|Upload|MenuItem)\\(|"
					+ "\\.(?:setText|setLabel|setTitle|setPlaceholder|setHelperText|setErrorMessage|setHeaderTitle|"
					+ "setAriaLabel|setTooltipText|setHeader|setMessage|setSubmit|setUsername|setPassword|"
					+ "setAdditionalInformation|setForgotPassword)\\(|Notification\\.show\\(|@PageTitle\\()\\s*\"([^\"]*[A-Za-z][^\"]*)\"");

	@Test
	void bothLanguagesHaveTheSameKeys() {
		Properties indonesian = load(Translations.INDONESIAN);
		Properties english = load(Translations.ENGLISH);
		assertThat(english.stringPropertyNames()).as("keys missing in English")
			.containsAll(indonesian.stringPropertyNames());
		assertThat(indonesian.stringPropertyNames()).as("keys missing in Indonesian")
			.containsAll(english.stringPropertyNames());
		assertThat(indonesian.stringPropertyNames()).allSatisfy(key -> {
			assertThat(indonesian.getProperty(key)).as("Indonesian text of " + key).isNotBlank();
			assertThat(english.getProperty(key)).as("English text of " + key).isNotBlank();
		});
	}

	@Test
	void everyKeyTheCodeUsesExists() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path file : javaFiles()) {
			Matcher matcher = KEY_USE.matcher(Files.readString(file));
			while (matcher.find()) {
				String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
				if (!key.endsWith(".")) {
					used.add(key);
				}
			}
		}
		Stream.of(Role.values()).map(Role::labelKey).forEach(used::add);
		Stream.of(AgencyKind.values()).map(AgencyKind::labelKey).forEach(used::add);
		Stream.of(CompetencyType.values()).map(CompetencyType::labelKey).forEach(used::add);
		Stream.of(LearningMode.values()).map(LearningMode::labelKey).forEach(used::add);
		Stream.of(EnrolmentMode.values()).map(EnrolmentMode::labelKey).forEach(used::add);
		Stream.of(RunStatus.values()).map(RunStatus::labelKey).forEach(used::add);
		Stream.of(EnrolmentStatus.values()).map(EnrolmentStatus::labelKey).forEach(used::add);
		Stream.of(EnrolmentSource.values()).map(EnrolmentSource::labelKey).forEach(used::add);
		Stream.of(NominationStatus.values()).map(NominationStatus::labelKey).forEach(used::add);
		Stream.of("JITSI", "ZOOM").map(id.pelita.liveclass.VideoMeetingProvider::labelKey).forEach(used::add);
		Stream.of(id.pelita.liveclass.SessionStatus.values()).map(id.pelita.liveclass.SessionStatus::labelKey).forEach(used::add);
		Stream.of(id.pelita.liveclass.MeetingState.values()).map(id.pelita.liveclass.MeetingState::labelKey).forEach(used::add);
		Stream.of(id.pelita.liveclass.AttendanceSource.values()).map(id.pelita.liveclass.AttendanceSource::labelKey).forEach(used::add);
		Stream.of(id.pelita.notification.MessageKind.values()).map(id.pelita.notification.MessageKind::labelKey).forEach(used::add);
		Stream.of(id.pelita.notification.OutboxStatus.values()).map(id.pelita.notification.OutboxStatus::labelKey).forEach(used::add);
		Stream.of(RefusalReason.values()).map(RefusalReason::messageKey).forEach(used::add);
		Stream.of(id.pelita.learning.ModuleKind.values()).map(id.pelita.learning.ModuleKind::labelKey).forEach(used::add);
		Stream.of(id.pelita.learning.ModuleState.values()).map(id.pelita.learning.ModuleState::labelKey).forEach(used::add);
		Stream.of(id.pelita.learning.Lack.Kind.values()).map(id.pelita.learning.Lack.Kind::labelKey).forEach(used::add);
		Stream.of(ParticipantChange.Kind.values()).map(ParticipantChange.Kind::labelKey).forEach(used::add);
		Stream.of(id.pelita.shared.audit.AuditAction.values()).map(id.pelita.shared.audit.AuditAction::labelKey).forEach(used::add);
		Stream.of(id.pelita.shared.audit.AuditObject.values()).map(id.pelita.shared.audit.AuditObject::labelKey).forEach(used::add);
		Stream.of(AccountStatus.values()).map(status -> "account.status." + status).forEach(used::add);
		Stream.of("credentials", "throttled", "locked", "disabled").forEach(reason -> {
			used.add("login.error." + reason);
			used.add("login.error." + reason + ".title");
		});
		Stream.of("WIB", "WITA", "WIT").map(zone -> "zone." + zone).forEach(used::add);
		Translations.LOCALES.forEach(locale -> used.add("language." + locale.getLanguage()));
		assertThat(used).as("keys the code uses").hasSizeGreaterThan(100);
		assertThat(load(Translations.INDONESIAN).stringPropertyNames()).containsAll(used);
	}

	@Test
	void viewsWriteNoTextOutsideTheTranslations() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path file : javaFiles()) {
			if (!file.toString().contains("/ui/")) {
				continue;
			}
			String[] lines = Files.readString(file).split("\n");
			for (int i = 0; i < lines.length; i++) {
				Matcher matcher = HARD_CODED_TEXT.matcher(lines[i]);
				while (matcher.find()) {
					offences.add(SOURCES.relativize(file) + ":" + (i + 1) + " \"" + matcher.group(1) + "\"");
				}
			}
		}
		assertThat(offences).as("hard-coded UI texts").isEmpty();
	}

	@Test
	void theGuardRecognisesHardCodedText() {
		assertThat(HARD_CODED_TEXT.matcher("add(new Button(\"Simpan\"));").find()).isTrue();
		assertThat(HARD_CODED_TEXT.matcher("field.setLabel(\"Nama\");").find()).isTrue();
		assertThat(HARD_CODED_TEXT.matcher("new Button(getTranslation(\"action.save\"))").find()).isFalse();
		assertThat(HARD_CODED_TEXT.matcher("new Span(\" \")").find()).isFalse();
	}

	@Test
	void missingKeysAreVisibleRatherThanSilent() {
		assertThat(new Translations().translate("no.such.key", Translations.INDONESIAN)).isEqualTo("!no.such.key!");
		assertThat(new Translations().translate("course.jp", Locale.forLanguageTag("en-US"), 12)).isEqualTo("12 JP");
		assertThat(new Translations().translate("menu.home", Locale.GERMAN)).isEqualTo("Beranda");
	}

	private static List<Path> javaFiles() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(file -> file.toString().endsWith(".java")).toList();
		}
	}

	private static Properties load(Locale locale) {
		Properties texts = Translations.load(locale);
		assertThat(texts).as("texts in " + locale).isNotEmpty();
		return texts;
	}

}
