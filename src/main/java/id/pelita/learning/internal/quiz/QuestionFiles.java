package id.pelita.learning.internal.quiz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import id.pelita.learning.BankQuestion;
import id.pelita.learning.ImportPreview;
import id.pelita.learning.ImportPreview.Problem;
import id.pelita.learning.QuestionDraft;

/** The entry to the bank's file formats and checks for the public bank service. */
public final class QuestionFiles {

	/** The storage folder of question images. */
	public static final String FOLDER = "quiz-images";

	private QuestionFiles() {
	}

	/** A Moodle XML export (recognised by its content) or a CSV file. */
	public static ImportPreview read(byte[] content) {
		if (MoodleXml.looksLikeXml(content)) {
			return MoodleXml.read(content);
		}
		return BankCsv.read(content);
	}

	public static List<Problem> check(QuestionDraft draft) {
		return QuestionRules.check(0, draft);
	}

	public static byte[] csv(List<BankQuestion> questions, Locale locale) {
		return BankCsv.write(questions, locale);
	}

	public static byte[] template(Locale locale) {
		return BankCsv.template(locale);
	}

	static String text(byte[] content) {
		return new String(content, StandardCharsets.UTF_8);
	}

}
