package id.pelita.certificate;

import java.io.OutputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pelita.certificate.internal.AgencyCertificateStore;
import id.pelita.certificate.internal.CertificateRow;
import id.pelita.certificate.internal.CertificateZip;
import id.pelita.identity.AgencyDirectory;
import id.pelita.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificates of an agency's employees for its coordinator ({@code /instansi/sertifikat}): filtered by year,
 * run and name or NIP, page by page, and the filtered set as one streamed ZIP. A coordinator only ever sees the
 * certificates of their agency and its units, by the agency the holder belonged to when it was issued.
 */
@Service
@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
public class AgencyCertificates {

	/** The file name of the agency's ZIP. */
	public static final String ZIP_NAME = "sertifikat-instansi.zip";

	private final AgencyCertificateStore store;

	private final CertificateZip zip;

	private final ObjectProvider<AgencyDirectory> agencies;

	AgencyCertificates(AgencyCertificateStore store, CertificateZip zip, ObjectProvider<AgencyDirectory> agencies) {
		this.store = store;
		this.zip = zip;
		this.agencies = agencies;
	}

	/** The years the agency's certificates count in, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return this.store.runsOfAgencies(scope()).stream().map(AgencyCertificateStore.AgencyRun::year).distinct().toList();
	}

	/** The runs the agency's people hold certificates of (in {@code year} if given), newest first. */
	@Transactional(readOnly = true)
	public List<RunOption> runs(@Nullable Integer year) {
		Map<Long, RunOption> runs = new LinkedHashMap<>();
		this.store.runsOfAgencies(scope())
			.stream()
			.filter(run -> year == null || run.year() == year)
			.forEach(run -> runs.putIfAbsent(run.runId(), new RunOption(run.runId(), run.courseTitle(), run.runName())));
		return List.copyOf(runs.values());
	}

	@Transactional(readOnly = true)
	public int count(Filter filter) {
		return this.store.countOfAgencies(query(filter, false));
	}

	/** One page of the matching certificates, by holder name. */
	@Transactional(readOnly = true)
	public List<AgencyCertificate> page(Filter filter, int offset, int limit) {
		return this.store.ofAgencies(query(filter, false), Math.max(0, offset), Math.clamp(limit, 1, 500))
			.stream()
			.map(AgencyCertificates::shown)
			.toList();
	}

	/** The matching certificates in force as one ZIP, written file by file; the number of certificates. */
	@Transactional(readOnly = true)
	public int writeZip(Filter filter, OutputStream out) {
		AgencyCertificateStore.AgencyQuery query = query(filter, true);
		Map<String, @Nullable Object> facts = new LinkedHashMap<>();
		facts.put("year", filter.year());
		facts.put("runId", filter.runId());
		facts.put("search", filter.search());
		return this.zip.write(ZIP_NAME, CurrentUser.require().agencyId(), facts,
				this.store.ofAgencies(query, 0, Integer.MAX_VALUE), HolderCertificates::fileName, out);
	}

	private AgencyCertificateStore.AgencyQuery query(Filter filter, boolean validOnly) {
		return new AgencyCertificateStore.AgencyQuery(scope(), filter.year(), filter.runId(), filter.search(),
				validOnly);
	}

	/** The coordinator's agency and its units. */
	private Collection<Long> scope() {
		AgencyDirectory directory = this.agencies.getIfAvailable();
		Set<Long> coordinated = directory == null ? Set.of() : directory.coordinatedBy(CurrentUser.require());
		if (coordinated.isEmpty()) {
			throw new AccessDeniedException("Agency coordinators with an agency only");
		}
		return coordinated;
	}

	private static AgencyCertificate shown(CertificateRow row) {
		return new AgencyCertificate(row.id(), VerificationCode.grouped(row.code()), row.number(), row.status(),
				row.holderName(), row.holderNip(), row.holderAgency(), row.courseTitle(), row.runName(), row.jp(),
				row.jpYear(), row.issuedAt(), "/api/v1/certificates/" + row.code() + "/pdf");
	}

	/** What the coordinator filters by; each part optional. */
	public record Filter(@Nullable Integer year, @Nullable Long runId, @Nullable String search) {

		public static final Filter ALL = new Filter(null, null, null);

	}

	/** A run in the filter: its course and name. */
	public record RunOption(long runId, String courseTitle, String runName) {
	}

}
