package id.pelita.learning;

import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Pattern;

import id.pelita.learning.internal.path.CompletionEvaluator;
import id.pelita.learning.internal.path.ModuleStore;
import id.pelita.learning.internal.path.ProgressStore;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.files.FileStore;
import id.pelita.shared.files.FileType;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored files of modules, for the download controller: a module's document or MP4 to organisers, and to the
 * confirmed participants of its run once the module is unlocked (opening a file module marks it done); lesson
 * images to anyone signed in (their names are their content's SHA-256).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MaterialFiles {

	private static final Pattern IMAGE_NAME = Pattern.compile("[0-9a-f]{64}\\.(?:png|jpg|webp|gif)");

	private final ModuleStore modules;

	private final ParticipantPath path;

	private final ProgressStore progress;

	private final CompletionEvaluator evaluator;

	private final FileStore files;

	private final Clock clock;

	MaterialFiles(ModuleStore modules, ParticipantPath path, ProgressStore progress, CompletionEvaluator evaluator,
			FileStore files, Clock clock) {
		this.modules = modules;
		this.path = path;
		this.progress = progress;
		this.evaluator = evaluator;
		this.files = files;
		this.clock = clock;
	}

	/** The module's file for the signed-in reader. */
	@Transactional
	public Served file(long moduleId) {
		PathModule module = this.modules.find(moduleId)
			.orElseThrow(() -> new UserFacingException("learning.error.moduleNotFound"));
		Material material = module.material();
		if (material.filePath() == null || material.fileType() == null) {
			throw new UserFacingException("learning.error.moduleNotFound");
		}
		PelitaUser user = CurrentUser.require();
		if (!user.hasRole(Role.ORGANISER) && !user.hasRole(Role.ADMIN)) {
			if (module.runId() == null) {
				throw new OutsideScopeException("learning.error.notParticipant");
			}
			this.path.open(module.runId(), moduleId);
			if (module.kind() == ModuleKind.FILE) {
				this.progress.done(module.runId(), moduleId, user.accountId(), this.clock.instant());
				this.evaluator.evaluate(module.runId(), user.accountId());
			}
		}
		Path stored = this.files.find(material.filePath())
			.orElseThrow(() -> new UserFacingException("learning.error.fileMissing"));
		return new Served(stored, material.fileType(), material.fileName() == null ? "berkas." + material.fileType()
			.extension() : material.fileName());
	}

	/** A stored lesson image by its name ({@code <sha256>.<ext>}). */
	public Served lessonImage(String name) {
		if (!IMAGE_NAME.matcher(name).matches()) {
			throw new UserFacingException("learning.error.fileMissing");
		}
		String relative = "learning/images/" + name;
		Path stored = this.files.find(relative).orElseThrow(() -> new UserFacingException("learning.error.fileMissing"));
		return new Served(stored, this.files.typeOf(relative).orElseThrow(), name);
	}

	/** A file to send: where it is, its type (recognised by content when it was stored) and its name. */
	public record Served(Path path, FileType type, String fileName) {
	}

}
