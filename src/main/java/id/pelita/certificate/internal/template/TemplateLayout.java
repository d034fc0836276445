package id.pelita.certificate.internal.template;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A template's {@code layout.json} as written: the page, the background file, the fonts by key and the fields.
 * Coordinates are PDF points from the bottom-left corner of the page; a text field's {@code y} is the baseline
 * of its first line. See {@code certificates-templates/README.md}.
 */
public record TemplateLayout(String name, @Nullable String description, Page page, @Nullable String background,
		Map<String, String> fonts, List<Field> fields, @Nullable SecondPage secondPage) {

	public record Page(double width, double height) {
	}

	/**
	 * One thing on the page.
	 * @param type {@code text} (default), {@code qr} or {@code signature}
	 * @param text the text with placeholders such as {@code {participantName}}
	 * @param align {@code left} (default), {@code center} or {@code right}: where {@code x} is on the line
	 * @param maxWidth the widest a line may be; longer texts shrink down to {@code minSize}, then wrap up to
	 * {@code maxLines} lines
	 * @param size the font size, or the side of a QR code
	 */
	public record Field(@Nullable String type, @Nullable String text, double x, double y, @Nullable String font,
			double size, @Nullable String color, @Nullable String align, double maxWidth, double minSize,
			int maxLines, double lineHeight, double width, double height) {

		public String kind() {
			return this.type == null ? "text" : this.type;
		}

	}

	/** An optional second page listing the course's topics and their JP. */
	public record SecondPage(List<Field> fields, Table table) {
	}

	/** The topics table: its top-left corner, width, fonts and the row height. */
	public record Table(double x, double y, double width, String font, String headerFont, double size,
			double rowHeight, @Nullable String color, String topicHeader, String jpHeader) {
	}

}
