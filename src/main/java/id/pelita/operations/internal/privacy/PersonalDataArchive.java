package id.pelita.operations.internal.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.pelita.shared.files.FileStore;
import id.pelita.shared.privacy.PersonalData;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes one person's data as a ZIP: {@code <part>.json} for every module's part (its rows), the part's files
 * (certificate PDFs) under {@code <part>/}, and {@code index.json} saying what is where and when it was made.
 */
@Component
public class PersonalDataArchive {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<PersonalData> parts;

	private final FileStore files;

	PersonalDataArchive(List<PersonalData> parts, FileStore files) {
		this.parts = parts.stream().sorted(Comparator.comparing(PersonalData::name)).toList();
		this.files = files;
	}

	/** Writes the account's data; the number of rows and files written. */
	public int write(long accountId, Instant at, OutputStream out) {
		Map<String, @Nullable Object> index = new LinkedHashMap<>();
		index.put("accountId", accountId);
		index.put("createdAt", at.toString());
		Map<String, Integer> counts = new LinkedHashMap<>();
		int written = 0;
		Set<String> names = new HashSet<>();
		try {
			ZipOutputStream zip = new ZipOutputStream(out);
			for (PersonalData part : this.parts) {
				List<Map<String, @Nullable Object>> rows = part.rows(accountId);
				entry(zip, part.name() + ".json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(rows));
				counts.put(part.name() + ".json", rows.size());
				written += rows.size();
				for (PersonalData.PersonalFile file : part.files(accountId)) {
					Optional<InputStream> content = this.files.open(file.storedPath());
					String name = unique(names, part.name() + "/" + file.name());
					if (content.isPresent()) {
						try (InputStream in = content.get()) {
							zip.putNextEntry(new ZipEntry(name));
							in.transferTo(zip);
							zip.closeEntry();
						}
						counts.merge(part.name() + "/", 1, Integer::sum);
						written++;
					}
				}
			}
			index.put("files", counts);
			entry(zip, "index.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(index));
			zip.finish();
			return written;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String unique(Set<String> names, String name) {
		String candidate = name;
		for (int i = 2; !names.add(candidate); i++) {
			int dot = name.lastIndexOf('.');
			candidate = dot > 0 ? name.substring(0, dot) + "-" + i + name.substring(dot) : name + "-" + i;
		}
		return candidate;
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

}
