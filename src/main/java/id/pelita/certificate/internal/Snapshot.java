package id.pelita.certificate.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CourseDetails;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.certificate.VerificationCode;
import id.pelita.certificate.internal.template.CertificateContent;
import id.pelita.identity.AgencyDirectory;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads what a certificate shows from the modules that own it (holder from identity and agency, course and run
 * from the catalogue) at the moment of issue; the certificate keeps this copy, so later changes do not alter it.
 */
@Component
public class Snapshot {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy",
			IndonesianTime.INDONESIAN);

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", IndonesianTime.INDONESIAN);

	private final PersonDirectory people;

	private final ObjectProvider<AgencyDirectory> agencies;

	private final RunService runs;

	private final CatalogService courses;

	Snapshot(PersonDirectory people, ObjectProvider<AgencyDirectory> agencies, RunService runs, CatalogService courses) {
		this.people = people;
		this.agencies = agencies;
		this.runs = runs;
		this.courses = courses;
	}

	/** Holder, course and run as they are now; empty when the account or run no longer exists. */
	public Optional<Facts> read(long runId, long accountId) {
		Optional<PersonRef> person = this.people.find(accountId);
		if (person.isEmpty()) {
			return Optional.empty();
		}
		RunDetails run;
		try {
			run = this.runs.run(runId);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
		CourseDetails course = this.courses.course(run.courseId());
		ZoneId zone = this.people.zones(List.of(accountId)).getOrDefault(accountId, IndonesianTime.DEFAULT_ZONE);
		PersonRef holder = person.get();
		String agency = null;
		AgencyDirectory directory = this.agencies.getIfAvailable();
		if (holder.agencyId() != null && directory != null) {
			agency = directory.find(holder.agencyId()).map(AgencyDirectory.AgencyRef::name).orElse(null);
		}
		return Optional.of(new Facts(holder, agency, run, course.certificateTemplate(), zone,
				CourseTopics.fromDescription(course.description())));
	}

	/** The values of a certificate's placeholders. */
	public static CertificateContent content(CertificateRow row, String verificationUrl, byte @Nullable [] signature,
			ZoneId zone) {
		Map<String, String> values = new HashMap<>();
		values.put("participantName", row.holderName());
		values.put("nip", row.holderNip() == null ? "-" : groupedNip(row.holderNip()));
		values.put("rankGrade", orDash(row.holderRank()));
		values.put("position", orDash(row.holderPosition()));
		values.put("agency", orDash(row.holderAgency()));
		values.put("courseTitle", row.courseTitle());
		values.put("runName", row.runName());
		values.put("runDates", dates(row.startsOn(), row.endsOn()));
		values.put("jp", jp(row.jp()));
		values.put("number", row.number());
		values.put("issuePlace", row.issuePlace());
		values.put("issueDate", row.issuedAt().atZone(zone).format(DAY_MONTH_YEAR));
		values.put("officialName", row.officialName());
		values.put("officialNip", row.officialNip() == null ? "-" : groupedNip(row.officialNip()));
		values.put("officialTitle", row.officialTitle());
		values.put("issuer", row.issuer());
		values.put("verificationUrl", verificationUrl);
		values.put("verificationCode", VerificationCode.grouped(row.code()));
		return new CertificateContent(values, CourseTopics.parse(row.topics()), signature, verificationUrl);
	}

	/** Dates the Indonesian way: {@code 1 - 26 Maret 2027}, {@code 28 Februari - 5 Maret 2027}. */
	public static String dates(LocalDate from, LocalDate to) {
		if (from.equals(to)) {
			return from.format(DAY_MONTH_YEAR);
		}
		if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
			return from.getDayOfMonth() + " - " + to.format(DAY_MONTH_YEAR);
		}
		if (from.getYear() == to.getYear()) {
			return from.format(DAY_MONTH) + " - " + to.format(DAY_MONTH_YEAR);
		}
		return from.format(DAY_MONTH_YEAR) + " - " + to.format(DAY_MONTH_YEAR);
	}

	public static String jp(BigDecimal jp) {
		return jp.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	/** {@code 19850312 201001 2 003}, as NIPs are printed. */
	static String groupedNip(String nip) {
		return nip.length() == 18 ? nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " "
				+ nip.substring(15) : nip;
	}

	private static String orDash(@Nullable String value) {
		return value == null || value.isBlank() ? "" : value;
	}

	/**
	 * Everything read at issue time.
	 *
	 * @param topics the course's topics for the second page, as stored (see {@link CourseTopics})
	 */
	public record Facts(PersonRef holder, @Nullable String agencyName, RunDetails run, String template, ZoneId zone,
			String topics) {

		int jpYear(Instant completedAt) {
			return completedAt.atZone(this.zone).getYear();
		}

	}

}
