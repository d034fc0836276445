package id.pelita.reporting;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.Set;

import id.pelita.agency.RosterSync;
import id.pelita.reporting.internal.ExternalEntryStore;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.files.FileStore;
import id.pelita.shared.files.FileType;
import id.pelita.shared.files.StoredFile;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of trainings outside the platform: a PDF or an image of at most {@value #MAX_MEGABYTES} MB, its type
 * recognised from the content, kept by the shared {@link FileStore} under {@code jp-evidence/}. Only the employee,
 * a coordinator of their agency (or its units) and administrators may download it.
 */
@Service
public class ExternalEvidence {

	static final int MAX_MEGABYTES = 5;

	/** The largest evidence file, in bytes. */
	public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

	/** The kinds of evidence accepted. */
	public static final Set<FileType> TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.WEBP);

	private static final String FOLDER = "jp-evidence";

	private final FileStore files;

	private final ExternalEntryStore entries;

	private final JpScope scope;

	private final RosterSync roster;

	ExternalEvidence(FileStore files, ExternalEntryStore entries, JpScope scope, RosterSync roster) {
		this.files = files;
		this.entries = entries;
		this.scope = scope;
		this.roster = roster;
	}

	/** Stores an upload, refusing an empty, too large or other file with a message naming it. */
	ExternalEntryStore.@Nullable Evidence store(@Nullable EvidenceUpload upload) {
		if (upload == null) {
			return null;
		}
		StoredFile stored = this.files.store(FOLDER, new ByteArrayInputStream(upload.content()), upload.fileName(),
				MAX_BYTES, TYPES);
		String name = upload.fileName().isBlank() ? "bukti." + stored.type().extension() : upload.fileName().strip();
		return new ExternalEntryStore.Evidence(stored.relativePath(),
				name.length() > 200 ? name.substring(name.length() - 200) : name, stored.size());
	}

	/** The entry's evidence for those who may see it; empty when it has none. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Optional<EvidenceFile> open(long entryId) {
		PelitaUser user = CurrentUser.require();
		ExternalEntry entry = this.entries.find(entryId)
			.orElseThrow(() -> new UserFacingException("jp.external.error.notFound"));
		if (!this.scope.mayRead(user, entry.accountId())) {
			throw new AccessDeniedException("Not this employee, their coordinator or an administrator");
		}
		return this.entries.evidence(entryId).flatMap(this::file);
	}


	/**
	 * The evidence of a counted entry of the employee with this NIP in the coordinator's agency or its units (the
	 * REST API); an unknown NIP and one of another agency are alike not found, and so is an entry of someone else,
	 * one that does not count or one without evidence.
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public EvidenceFile openForNip(String nip, long entryId) {
		long accountId = this.roster.employee(nip)
			.orElseThrow(() -> new UserFacingException("jp.api.error.notFound", nip.replace(" ", "")))
			.employee()
			.accountId();
		return this.entries.find(entryId)
			.filter(entry -> entry.accountId() == accountId && entry.status() == ExternalEntry.Status.COUNTED)
			.flatMap(entry -> this.entries.evidence(entryId))
			.flatMap(this::file)
			.orElseThrow(() -> new UserFacingException("jp.api.error.evidence.notFound", entryId));
	}

	private Optional<EvidenceFile> file(ExternalEntryStore.Evidence evidence) {
		return this.files.open(evidence.path())
			.map(content -> new EvidenceFile(evidence.name(), this.files.typeOf(evidence.path()).orElseThrow(),
					evidence.size(), content));
	}

}
