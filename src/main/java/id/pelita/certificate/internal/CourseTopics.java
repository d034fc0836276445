package id.pelita.certificate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.pelita.certificate.internal.template.CertificateContent;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The course's topics and their JP for a certificate's second page, read from the course description: its first
 * Markdown table whose last column is headed {@code JP} (or {@code Jam Pelajaran}), one topic a row, the title
 * from the first column not headed {@code No}. STTPs list the "mata pelatihan" of the curriculum with their JP,
 * and organisers already write that table into the description the catalogue shows; the learning path's modules
 * carry no JP. Stored with the certificate as lines of title, U+001F, JP.
 */
final class CourseTopics {

	static final int MAX_TOPICS = 40;

	private static final int MAX_TITLE = 200;

	private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	private CourseTopics() {
	}

	/** The topics of a description, as stored with a certificate; empty when it has no such table. */
	static String fromDescription(String markdown) {
		if (markdown.isBlank() || !markdown.contains("|")) {
			return "";
		}
		TableFinder finder = new TableFinder();
		PARSER.parse(markdown).accept(finder);
		StringBuilder stored = new StringBuilder();
		for (CertificateContent.Topic topic : finder.topics) {
			if (!stored.isEmpty()) {
				stored.append('\n');
			}
			stored.append(topic.title()).append('\u001f').append(topic.jp());
		}
		return stored.toString();
	}

	/** The topics as stored with a certificate. */
	static List<CertificateContent.Topic> parse(String stored) {
		if (stored.isBlank()) {
			return List.of();
		}
		List<CertificateContent.Topic> topics = new ArrayList<>();
		for (String line : stored.split("\n")) {
			int separator = line.indexOf('\u001f');
			if (separator > 0) {
				topics.add(new CertificateContent.Topic(line.substring(0, separator), line.substring(separator + 1)));
			}
		}
		return List.copyOf(topics);
	}

	private static final class TableFinder extends AbstractVisitor {

		private final List<CertificateContent.Topic> topics = new ArrayList<>();

		private boolean found;

		@Override
		protected void visitChildren(Node parent) {
			if (this.found) {
				return;
			}
			if (parent instanceof TableBlock table) {
				read(table);
				return;
			}
			super.visitChildren(parent);
		}

		private void read(TableBlock table) {
			List<List<String>> rows = new ArrayList<>();
			List<String> header = List.of();
			for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
				for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
					if (row instanceof TableRow) {
						List<String> cells = cells(row);
						if (section instanceof TableHead) {
							header = cells;
						}
						else {
							rows.add(cells);
						}
					}
				}
			}
			if (header.size() < 2 || !isJp(header.getLast())) {
				return;
			}
			int titleColumn = 0;
			while (titleColumn < header.size() - 1 && isNumberColumn(header.get(titleColumn))) {
				titleColumn++;
			}
			if (titleColumn >= header.size() - 1) {
				return;
			}
			this.found = true;
			for (List<String> row : rows) {
				if (row.size() < header.size() || this.topics.size() >= MAX_TOPICS) {
					continue;
				}
				String title = row.get(titleColumn);
				String jp = row.get(header.size() - 1);
				if (!title.isBlank() && !jp.isBlank()) {
					this.topics.add(new CertificateContent.Topic(
							title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title, jp));
				}
			}
		}

		private static List<String> cells(Node row) {
			List<String> cells = new ArrayList<>();
			for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
				if (cell instanceof TableCell) {
					StringBuilder text = new StringBuilder();
					cell.accept(new AbstractVisitor() {
						@Override
						public void visit(Text node) {
							text.append(node.getLiteral());
						}

						@Override
						public void visit(Code node) {
							text.append(node.getLiteral());
						}

						@Override
						public void visit(SoftLineBreak node) {
							text.append(' ');
						}
					});
					cells.add(text.toString().replaceAll("[\\s\u001f]+", " ").strip());
				}
			}
			return cells;
		}

		private static boolean isJp(String heading) {
			String text = heading.toLowerCase(Locale.ROOT).replace(".", "").strip();
			return text.equals("jp") || text.equals("jam pelajaran") || text.equals("jumlah jp");
		}

		private static boolean isNumberColumn(String heading) {
			String text = heading.toLowerCase(Locale.ROOT).replace(".", "").strip();
			return text.isEmpty() || text.equals("no") || text.equals("nomor") || text.equals("#");
		}

	}

}
