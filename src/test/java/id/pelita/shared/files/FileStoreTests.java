package id.pelita.shared.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.pelita.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileStoreTests {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@TempDir
	Path root;

	@Test
	void storesUnderTheContentsHashAndFindsItAgain() throws Exception {
		FileStore store = new FileStore(this.root);

		StoredFile stored = store.store("materials", new ByteArrayInputStream(PDF), "Modul 1.pdf", 1024,
				Set.of(FileType.PDF));

		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
		assertThat(stored.relativePath()).isEqualTo("materials/" + sha + ".pdf");
		assertThat(stored.sha256()).isEqualTo(sha);
		assertThat(stored.size()).isEqualTo(PDF.length);
		assertThat(stored.type()).isEqualTo(FileType.PDF);
		assertThat(stored.created()).isTrue();
		try (InputStream in = store.open(stored.relativePath()).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(PDF);
		}
		assertThat(store.typeOf(stored.relativePath())).contains(FileType.PDF);
	}

	@Test
	void storesTheSameContentOnce() {
		FileStore store = new FileStore(this.root);
		StoredFile first = store.store("materials", PDF, FileType.PDF);
		StoredFile second = store.store("materials", PDF, FileType.PDF);

		assertThat(second.relativePath()).isEqualTo(first.relativePath());
		assertThat(second.created()).isFalse();
	}

	@Test
	void refusesAnExecutableRenamedToPdfAndLeavesNothingBehind() throws IOException {
		FileStore store = new FileStore(this.root);
		byte[] elf = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

		assertThatThrownBy(() -> store.store("materials", new ByteArrayInputStream(elf), "handout.pdf", 1024,
				Set.of(FileType.PDF, FileType.DOCX)))
			.isInstanceOfSatisfying(UserFacingException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("file.error.type");
				assertThat(ex.arguments()).containsExactly("handout.pdf", "pdf, docx");
			});
		assertThat(filesUnder(this.root)).isEmpty();
	}

	@Test
	void refusesEmptyAndTooLargeFilesWithTheLimit() throws IOException {
		FileStore store = new FileStore(this.root);

		assertThatThrownBy(() -> store.store("materials", new ByteArrayInputStream(new byte[0]), "a.pdf", 1024,
				Set.of(FileType.PDF)))
			.isInstanceOfSatisfying(UserFacingException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("file.error.empty"));
		byte[] large = new byte[3 * 1024 * 1024];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		assertThatThrownBy(() -> store.store("materials", new ByteArrayInputStream(large), "big.pdf",
				2 * 1024 * 1024, Set.of(FileType.PDF)))
			.isInstanceOfSatisfying(UserFacingException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("file.error.tooLarge");
				assertThat(ex.arguments()).containsExactly("big.pdf", "2 MB");
			});
		assertThat(filesUnder(this.root)).isEmpty();
	}

	@Test
	void tellsOfficeDocumentsApartByTheirParts() throws IOException {
		FileStore store = new FileStore(this.root);

		StoredFile docx = store.store("materials", new ByteArrayInputStream(zip("[Content_Types].xml", "word/document.xml")),
				"x.docx", 1 << 20, Set.of(FileType.DOCX, FileType.XLSX));
		StoredFile xlsx = store.store("materials", new ByteArrayInputStream(zip("[Content_Types].xml", "xl/workbook.xml")),
				"x.xlsx", 1 << 20, Set.of(FileType.DOCX, FileType.XLSX));

		assertThat(docx.type()).isEqualTo(FileType.DOCX);
		assertThat(xlsx.type()).isEqualTo(FileType.XLSX);
		assertThatThrownBy(() -> store.store("materials", new ByteArrayInputStream(zip("readme.txt")), "x.docx",
				1 << 20, Set.of(FileType.DOCX)))
			.isInstanceOf(UserFacingException.class);
	}

	@Test
	void neverReachesOutsideTheStorageDirectory() throws IOException {
		FileStore store = new FileStore(this.root.resolve("files"));
		Files.writeString(this.root.resolve("secret.txt"), "x");

		assertThat(store.find("../secret.txt")).isEmpty();
		assertThat(store.find("materials/../../secret.txt")).isEmpty();
		assertThatThrownBy(() -> store.store("../up", PDF, FileType.PDF)).isInstanceOf(IllegalArgumentException.class);
	}

	private static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static java.util.List<Path> filesUnder(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

}
