package id.pelita.notification.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import id.pelita.shared.PublicUrl;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.time.IndonesianTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Every template renders in both languages, with every value in place and escaped in the HTML. */
class MessageTemplatesTests {

	private final MessageTemplates templates = new MessageTemplates(PublicUrl.of("https://lms.bantenprov.go.id/"));

	/** A payload with every key a template may use, as its senders write it. */
	static Map<String, String> payload(MessageTemplate template) {
		Map<String, String> payload = new HashMap<>();
		payload.put("runId", "42");
		payload.put("courseTitle", "Etika ASN <Dasar> & \"Lanjutan\"");
		payload.put("runName", "Angkatan III - Maret 2027");
		payload.put("startsOn", "2027-03-01");
		payload.put("endsOn", "2027-03-12");
		payload.put("source", "NOMINATION");
		payload.put("position", "3");
		payload.put("reason", "Kuota instansi penuh");
		payload.put("nominationId", "7");
		payload.put("confirmed", "40");
		payload.put("waitlisted", "5");
		payload.put("refused", "2");
		payload.put("name", "Siti Rahma");
		payload.put("link", template == MessageTemplate.CERTIFICATE_ISSUED
				? "https://lms.bantenprov.go.id/verifikasi/STTP-2027-0001" : "https://lms.bantenprov.go.id/aktivasi/tok");
		payload.put("expiresAt", "2027-03-01T02:00:00Z");
		payload.put("certificateNumber", "STTP-2027-0001");
		payload.put("jp", "20");
		payload.put("sessionTitle", "Sesi 1: Pembukaan");
		payload.put("startsAt", "2027-03-01T02:00:00Z");
		payload.put("endsAt", "2027-03-01T03:30:00Z");
		payload.put("previousStartsAt", "2027-02-28T02:00:00Z");
		payload.put("zone", "Asia/Jakarta");
		payload.put("durationMinutes", "90");
		payload.put("pageUrl", "/sesi/5");
		payload.put("offset", "PT24H");
		payload.put("registrationClosesAt", "2027-02-25T09:00:00Z");
		payload.put("agencyName", "Dinas Kesehatan");
		payload.put("reserved", "10");
		payload.put("taken", "4");
		payload.put("free", "6");
		payload.put("year", "2027");
		payload.put("month", "2027-03");
		payload.put("employees", "120");
		payload.put("reached", "35");
		payload.put("below", "85");
		payload.put("target", "20");
		payload.put("belowNames", "Ahmad Fauzi (0 JP); Rina Wati (4.5 JP)");
		return payload;
	}

	@ParameterizedTest
	@EnumSource(MessageTemplate.class)
	void everyTemplateRendersInBothLanguagesWithEveryValue(MessageTemplate template) {
		for (Locale locale : Translations.LOCALES) {
			RenderedMessage message = this.templates.render(template, locale, IndonesianTime.DEFAULT_ZONE,
					payload(template), "Budi Santoso");
			assertThat(message.subject()).as(template + " subject in " + locale).isNotBlank().doesNotContain("{");
			assertThat(message.paragraphs()).as(template + " in " + locale).isNotEmpty();
			assertThat(message.text()).doesNotContain("{", "}").doesNotContainPattern("![a-zA-Z.-]+!");
			assertThat(message.html()).doesNotContain("{", "}", "<Dasar>").startsWith("<!DOCTYPE html>");
			assertThat(message.link()).startsWith("https://lms.bantenprov.go.id/");
			assertThat(message.actionLabel()).isNotBlank();
			payload(template).forEach((key, value) -> {
				if (template.required().contains(key) && !key.equals("link") && !key.equals("pageUrl")
						&& !key.endsWith("Id") && !key.equals("startsOn") && !key.equals("endsOn")
						&& !key.equals("startsAt") && !key.equals("endsAt") && !key.equals("expiresAt") && !key.equals("registrationClosesAt")) {
					assertThat(message.text()).as(template + " shows " + key + " in " + locale).contains(value);
				}
			});
		}
	}

	@Test
	void valuesAreEscapedInTheHtmlAndKeptInThePlainText() {
		Map<String, String> payload = payload(MessageTemplate.ENROLMENT_CONFIRMED);
		payload.remove("name");
		RenderedMessage message = this.templates.render(MessageTemplate.ENROLMENT_CONFIRMED, Translations.INDONESIAN,
				IndonesianTime.DEFAULT_ZONE, payload, "Budi <script>");
		assertThat(message.html()).contains("Etika ASN &lt;Dasar&gt; &amp; &quot;Lanjutan&quot;")
			.contains("Yth. Budi &lt;script&gt;,")
			.doesNotContain("<script>");
		assertThat(message.text()).contains("Etika ASN <Dasar> & \"Lanjutan\"");
	}

	@Test
	void datesAndTimesAreWrittenTheIndonesianWayInTheRecipientsZone() {
		Map<String, String> payload = payload(MessageTemplate.SESSION_REMINDER);
		RenderedMessage wita = this.templates.render(MessageTemplate.SESSION_REMINDER, Translations.INDONESIAN,
				IndonesianTime.WITA, payload, null);
		assertThat(wita.text()).contains("Senin, 1 Maret 2027 10.00 WITA").contains("dalam 24 jam");
		RenderedMessage english = this.templates.render(MessageTemplate.SESSION_REMINDER, Translations.ENGLISH,
				IndonesianTime.WIB, payload, null);
		assertThat(english.text()).contains("Monday, 1 March 2027 09:00 WIB").contains("in 24 hours");
		RenderedMessage run = this.templates.render(MessageTemplate.ENROLMENT_PROMOTED, Translations.INDONESIAN,
				IndonesianTime.WIB, payload(MessageTemplate.ENROLMENT_PROMOTED), null);
		assertThat(run.text()).contains("Senin, 1 Maret 2027 sampai Jumat, 12 Maret 2027");
	}

	@Test
	void aSessionInProgressIsAnnouncedWithItsEndAndTheWayToJoinNow() {
		Map<String, String> payload = payload(MessageTemplate.SESSION_HAPPENING_NOW);
		RenderedMessage indonesian = this.templates.render(MessageTemplate.SESSION_HAPPENING_NOW,
				Translations.INDONESIAN, IndonesianTime.WIB, payload, null);
		assertThat(indonesian.subject()).isEqualTo("Sedang berlangsung: Sesi 1: Pembukaan");
		assertThat(indonesian.text()).contains("sedang berlangsung")
			.contains("Senin, 1 Maret 2027 09.00 WIB")
			.contains("Senin, 1 Maret 2027 10.30 WIB")
			.doesNotContain("invite.ics");
		assertThat(indonesian.link()).isEqualTo("https://lms.bantenprov.go.id/sesi/5");
		RenderedMessage english = this.templates.render(MessageTemplate.SESSION_HAPPENING_NOW, Translations.ENGLISH,
				IndonesianTime.WITA, payload, null);
		assertThat(english.subject()).isEqualTo("Happening now: Sesi 1: Pembukaan");
		assertThat(english.text()).contains("is in progress").contains("Monday, 1 March 2027 11:30 WITA");
		assertThat(english.actionLabel()).isEqualTo("Join now");
	}

	@Test
	void aParagraphAboutAMissingValueIsLeftOut() {
		Map<String, String> payload = payload(MessageTemplate.ENROLMENT_REMOVED);
		payload.put("reason", "");
		RenderedMessage withoutReason = this.templates.render(MessageTemplate.ENROLMENT_REMOVED,
				Translations.INDONESIAN, IndonesianTime.WIB, payload, null);
		assertThat(withoutReason.text()).doesNotContain("Alasan").contains("hubungi penyelenggara");
		payload.put("reason", "Tidak memenuhi syarat");
		assertThat(this.templates.render(MessageTemplate.ENROLMENT_REMOVED, Translations.INDONESIAN,
				IndonesianTime.WIB, payload, null).text()).contains("Alasan: Tidak memenuhi syarat");
	}

	@Test
	void theGreetingUsesTheNameWhenKnown() {
		Map<String, String> payload = payload(MessageTemplate.ENROLMENT_PROMOTED);
		payload.remove("name");
		assertThat(this.templates.render(MessageTemplate.ENROLMENT_PROMOTED, Translations.INDONESIAN,
				IndonesianTime.WIB, payload, null).greeting()).isEqualTo("Yth. Bapak/Ibu,");
		assertThat(this.templates.render(MessageTemplate.ENROLMENT_PROMOTED, Translations.ENGLISH, IndonesianTime.WIB,
				payload, "Budi").greeting()).isEqualTo("Dear Budi,");
	}

	@Test
	void linksLeadToTheApplicationAndNeverToAnotherScheme() {
		RenderedMessage confirmed = this.templates.render(MessageTemplate.ENROLMENT_CONFIRMED, Locale.ENGLISH,
				IndonesianTime.WIB, payload(MessageTemplate.ENROLMENT_CONFIRMED), null);
		assertThat(confirmed.link()).isEqualTo("https://lms.bantenprov.go.id/katalog/42");
		assertThat(confirmed.appLink()).isEqualTo("katalog/42");
		Map<String, String> session = payload(MessageTemplate.SESSION_SCHEDULED);
		assertThat(this.templates.render(MessageTemplate.SESSION_SCHEDULED, Locale.ENGLISH, IndonesianTime.WIB, session,
				null).appLink()).isEqualTo("sesi/5");
		session.put("pageUrl", "javascript:alert(1)");
		RenderedMessage hostile = this.templates.render(MessageTemplate.SESSION_SCHEDULED, Locale.ENGLISH,
				IndonesianTime.WIB, session, null);
		assertThat(hostile.link()).isNull();
		assertThat(hostile.html()).doesNotContain("javascript");
	}

	@Test
	void aCalendarObjectTravelsWithItsMethod() {
		Map<String, String> payload = payload(MessageTemplate.SESSION_CANCELLED);
		payload.put("ics", "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n");
		RenderedMessage message = this.templates.render(MessageTemplate.SESSION_CANCELLED, Translations.INDONESIAN,
				IndonesianTime.WIB, payload, null);
		assertThat(message.calendar()).isNotNull();
		assertThat(message.calendar().method()).isEqualTo("CANCEL");
		assertThat(message.text()).contains("invite.ics").doesNotContain("BEGIN:VCALENDAR");
		payload.put("icsMethod", "request");
		assertThat(this.templates.render(MessageTemplate.SESSION_CANCELLED, Translations.INDONESIAN,
				IndonesianTime.WIB, payload, null).calendar().method()).isEqualTo("REQUEST");
	}

	@Test
	void aMessageWithoutWhatItsTemplateNeedsIsRefused() {
		Map<String, String> payload = payload(MessageTemplate.SESSION_REMINDER);
		payload.remove("startsAt");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageTemplate.SESSION_REMINDER.check(payload))
			.withMessageContaining("startsAt");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageTemplate.of("no-such-message"));
	}

	@Test
	void bothLanguagesHaveTheSameTextsAndEveryTemplateHasItsOwn() {
		Properties indonesian = MessageTemplates.load(Translations.INDONESIAN);
		Properties english = MessageTemplates.load(Translations.ENGLISH);
		assertThat(english.stringPropertyNames()).isEqualTo(indonesian.stringPropertyNames());
		Set<String> templateKeys = new TreeSet<>();
		for (MessageTemplate template : MessageTemplate.values()) {
			templateKeys.add(template.id() + ".subject");
			templateKeys.add(template.id() + ".body");
			templateKeys.add(template.id() + ".action");
		}
		assertThat(indonesian.stringPropertyNames()).containsAll(templateKeys);
		for (String key : indonesian.stringPropertyNames()) {
			Matcher id = MessageTemplates.PLACEHOLDER.matcher(indonesian.getProperty(key));
			Set<String> idNames = new TreeSet<>();
			while (id.find()) {
				idNames.add(id.group(1));
			}
			Matcher en = MessageTemplates.PLACEHOLDER.matcher(english.getProperty(key));
			Set<String> enNames = new TreeSet<>();
			while (en.find()) {
				enNames.add(en.group(1));
			}
			assertThat(enNames).as("values named by " + key).isEqualTo(idNames);
		}
	}

	@Test
	void anUnreadableInstantIsShownAsItCame() {
		Map<String, String> payload = payload(MessageTemplate.ACCOUNT_ACTIVATION);
		payload.put("expiresAt", "besok");
		assertThat(this.templates.render(MessageTemplate.ACCOUNT_ACTIVATION, Translations.INDONESIAN,
				IndonesianTime.WIB, payload, null).text()).contains("berlaku sampai besok");
		assertThat(Instant.parse(payload(MessageTemplate.ACCOUNT_ACTIVATION).get("expiresAt"))).isNotNull();
	}

}
