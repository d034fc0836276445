package id.pelita.certificate.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import id.pelita.certificate.CertificateSettings;
import id.pelita.certificate.internal.template.CertificateTemplate;
import id.pelita.certificate.internal.template.TemplateLoader;
import id.pelita.certificate.internal.template.TemplateProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The template folders under {@code pelita.certificate.templates}, each loaded and checked once and loaded again
 * when one of its files changes (looked at every two seconds at most; a broken one on every use, so a fix counts
 * at once); a broken one throws its {@link TemplateProblem} on every use.
 */
@Component
public class TemplateCatalog {

	/** Issuing looks at a template's files at most this often (a stat of each file per certificate added up). */
	private static final long RECHECK_NANOS = 2_000_000_000L;

	private final Path root;

	private final ConcurrentHashMap<String, Loaded> cache = new ConcurrentHashMap<>();

	TemplateCatalog(CertificateSettings settings) {
		this.root = settings.templates().toAbsolutePath().normalize();
	}

	/** The folder names, sorted. */
	public List<String> names() {
		if (!Files.isDirectory(this.root)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(this.root)) {
			return folders.filter(Files::isDirectory)
				.filter(folder -> Files.exists(folder.resolve("layout.json")) || Files.exists(folder.resolve("README.md")))
				.map(folder -> folder.getFileName().toString())
				.filter(name -> !name.equals("tools"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	/** The checked template; a {@link TemplateProblem} when it is missing or broken. */
	public CertificateTemplate get(String name) {
		return checked(name, false);
	}

	/**
	 * The template as its files are now (looked at on this call, not up to two seconds ago), for the organiser's
	 * page, which shows a change of a template's files at once.
	 */
	public CertificateTemplate current(String name) {
		return checked(name, true);
	}

	private CertificateTemplate checked(String name, boolean now) {
		Path folder = this.root.resolve(name).normalize();
		if (!folder.startsWith(this.root) || !Files.isDirectory(folder)) {
			throw new TemplateProblem(name, "certificate.template.error.missing", name);
		}
		Loaded loaded = this.cache.get(name);
		long at = System.nanoTime();
		if (now || loaded == null || loaded.problem != null || at - loaded.checkedAt > RECHECK_NANOS) {
			long modified = modified(folder);
			if (loaded == null || loaded.modified != modified) {
				try {
					loaded = new Loaded(modified, TemplateLoader.load(folder), null, at);
				}
				catch (TemplateProblem problem) {
					loaded = new Loaded(modified, null, problem, at);
				}
			}
			else {
				loaded = new Loaded(modified, loaded.template, loaded.problem, at);
			}
			this.cache.put(name, loaded);
		}
		if (loaded.problem != null || loaded.template == null) {
			throw loaded.problem != null ? loaded.problem
					: new TemplateProblem(name, "certificate.template.error.missing", name);
		}
		return loaded.template;
	}

	private static long modified(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.mapToLong(file -> {
				try {
					return Files.getLastModifiedTime(file).toMillis() ^ Files.size(file);
				}
				catch (IOException ex) {
					return 0;
				}
			}).sum();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** @param checkedAt when the folder's files were last looked at ({@link System#nanoTime()}) */
	private record Loaded(long modified, @Nullable CertificateTemplate template, @Nullable TemplateProblem problem,
			long checkedAt) {
	}

}
