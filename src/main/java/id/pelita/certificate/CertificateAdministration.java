package id.pelita.certificate;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import id.pelita.certificate.internal.CertificateIssuer;
import id.pelita.certificate.internal.CertificateRevocations;
import id.pelita.certificate.internal.CertificateRow;
import id.pelita.certificate.internal.CertificateStore;
import id.pelita.certificate.internal.CertificateZip;
import id.pelita.identity.AgencyDirectory;
import id.pelita.identity.PersonDirectory;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisers' work on issued certificates: the issue report of a run, revocation and reissue (both audited), and
 * the run's certificates as one ZIP streamed file by file (constant memory); coordinators get the ZIP of their
 * agency's people.
 */
@Service
public class CertificateAdministration {

	private static final int MAX_REASON = 500;

	private final CertificateStore store;

	private final CertificateIssuer issuer;

	private final CertificateRevocations revocations;

	private final CertificateZip zip;

	private final PersonDirectory people;

	private final ObjectProvider<AgencyDirectory> agencies;

	CertificateAdministration(CertificateStore store, CertificateIssuer issuer, CertificateRevocations revocations,
			CertificateZip zip, PersonDirectory people, ObjectProvider<AgencyDirectory> agencies) {
		this.store = store;
		this.issuer = issuer;
		this.revocations = revocations;
		this.zip = zip;
		this.people = people;
		this.agencies = agencies;
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public RunCertificates report(long runId) {
		Map<Long, CertificateRow> latest = new HashMap<>();
		for (CertificateRow row : this.store.ofRun(runId)) {
			latest.merge(row.accountId(), row, (a, b) -> a.version() >= b.version() ? a : b);
		}
		List<CertificateStore.Request> requests = this.store.requestsOfRun(runId);
		Map<Long, String> names = new HashMap<>();
		this.people.findAll(requests.stream().map(CertificateStore.Request::accountId).toList())
			.forEach(person -> names.put(person.accountId(), person.fullName()));
		List<RunCertificates.Entry> entries = requests.stream().map(request -> {
			CertificateRow row = latest.get(request.accountId());
			String name = row != null ? row.holderName() : names.getOrDefault(request.accountId(), "#" + request.accountId());
			RunCertificates.State state = switch (request.status()) {
				case "ISSUED" -> RunCertificates.State.ISSUED;
				case "REVOKED" -> RunCertificates.State.REVOKED;
				default -> RunCertificates.State.PENDING;
			};
			List<String> arguments = request.problemDetail() == null ? List.of()
					: Arrays.asList(request.problemDetail().split("\u001f"));
			return new RunCertificates.Entry(request.accountId(), name, state, row == null ? null : row.id(),
					row == null ? null : row.number(), row == null ? null : VerificationCode.grouped(row.code()),
					state == RunCertificates.State.PENDING ? problem(request, row) : null, arguments,
					row == null ? null : row.revokedReason());
		}).sorted(Comparator.comparing(RunCertificates.Entry::holderName)).toList();
		return new RunCertificates(runId, entries);
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	public void revoke(long certificateId, String reason) {
		String why = reason(reason);
		if (!this.revocations.revoke(certificateId, why, CurrentUser.require().accountId())) {
			throw new UserFacingException("certificate.revoke.notValid");
		}
	}

	/** A new version from the holder's current data; the old one stays verifiable as superseded. The new id. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	public long reissue(long certificateId, String reason) {
		String why = reason(reason);
		CertificateRow old = this.store.find(certificateId)
			.filter(row -> row.status() == CertificateStatus.VALID)
			.orElseThrow(() -> new UserFacingException("certificate.revoke.notValid"));
		if (this.store.preparing(old.runId(), old.accountId()).isPresent()) {
			throw new UserFacingException("certificate.reissue.preparing");
		}
		return this.issuer.reissue(old, CurrentUser.require().accountId(), why);
	}

	/** Tries again to issue a pending certificate (after a template or official was fixed). */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	public void retry(long runId, long accountId) {
		this.issuer.issue(runId, accountId);
	}

	/**
	 * Writes the valid certificates of the run as a ZIP to {@code out}, one file at a time: organisers get all,
	 * a coordinator (or an agency's API token) those of the agency's people.
	 */
	@Transactional(readOnly = true)
	public int writeZip(long runId, OutputStream out) {
		Collection<Long> scope = scope();
		return this.zip.write(zipName(runId), scope == null ? null : CurrentUser.require().agencyId(),
				Map.of("runId", runId), this.store.validOfRun(runId, scope), HolderCertificates::fileName, out);
	}

	/** The file name of a run's ZIP. */
	public static String zipName(long runId) {
		return "sertifikat-angkatan-" + runId + ".zip";
	}

	/** Why a request is pending: its recorded problem, or that its certificate's file is being made. */
	private static @Nullable String problem(CertificateStore.Request request, @Nullable CertificateRow row) {
		if (request.problem() == null && row != null && row.status() == CertificateStatus.PREPARING) {
			return "certificate.pending.preparing";
		}
		return request.problem();
	}

	/** Null: every agency (organisers); else the agencies the coordinator may see. */
	private @Nullable Collection<Long> scope() {
		PelitaUser user = CurrentUser.require();
		if (user.hasRole(Role.ORGANISER) || user.hasRole(Role.ADMIN)) {
			return null;
		}
		AgencyDirectory directory = this.agencies.getIfAvailable();
		Set<Long> coordinated = directory == null ? Set.of() : directory.coordinatedBy(user);
		if (coordinated.isEmpty()) {
			throw new AccessDeniedException("Organisers and agency coordinators only");
		}
		return coordinated;
	}

	private static String reason(String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw new UserFacingException("certificate.revoke.reasonRequired", MAX_REASON);
		}
		return why;
	}


}
