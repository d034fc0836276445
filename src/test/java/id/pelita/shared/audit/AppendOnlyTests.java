package id.pelita.shared.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing in the application changes or deletes audit entries, except the retention's prune in {@link AuditTrail}. */
class AppendOnlyTests {

	private static final Pattern CHANGE = Pattern.compile("(update\\s+audit_log|delete\\s+from\\s+audit_log)",
			Pattern.CASE_INSENSITIVE);

	@Test
	void onlyTheRetentionDeletesAndNothingUpdates() throws IOException {
		List<Path> changing;
		try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
			changing = files.filter(Files::isRegularFile)
				.filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".sql"))
				.filter(file -> CHANGE.matcher(read(file)).find())
				.toList();
		}
		assertThat(changing).containsExactly(Path.of("src/main/java/id/pelita/shared/audit/AuditTrail.java"));
		assertThat(read(changing.getFirst())).doesNotContainIgnoringCase("update audit_log");
	}

	@Test
	void theGuardRecognisesAChange() {
		assertThat(CHANGE.matcher("jdbc.update(\"UPDATE audit_log set after_json = null\")").find()).isTrue();
		assertThat(CHANGE.matcher("delete from  audit_log where id = ?").find()).isTrue();
		assertThat(CHANGE.matcher("insert into audit_log (id) values (?)").find()).isFalse();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
