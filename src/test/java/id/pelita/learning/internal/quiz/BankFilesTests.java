package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import id.pelita.learning.BankQuestion;
import id.pelita.learning.ImportPreview;
import id.pelita.learning.ImportPreview.Problem;
import id.pelita.learning.QuestionDraft;
import id.pelita.learning.QuestionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV and Moodle XML formats of the question bank. */
class BankFilesTests {

	private static final Locale ID = Locale.forLanguageTag("id");

	@Test
	void theTemplateReadsBackAsOneQuestionOfEachKind() {
		ImportPreview preview = QuestionFiles.read(QuestionFiles.template(ID));

		assertThat(preview.problems()).isEmpty();
		assertThat(preview.questions()).extracting(QuestionDraft::kind)
			.containsExactly(QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.TRUE_FALSE,
					QuestionKind.SHORT_ANSWER, QuestionKind.NUMERIC);
		QuestionDraft multiple = preview.questions().get(1);
		assertThat(multiple.partialCredit()).isTrue();
		assertThat(multiple.options()).extracting(QuestionDraft.Option::correct).containsExactly(true, false, true, false);
		assertThat(preview.questions().get(3).acceptedAnswers()).containsExactly("ASN", "A.S.N.");
		assertThat(preview.questions().get(4).numericAnswer()).isEqualByComparingTo("18");
	}

	@Test
	void everyBadRowIsListedWithItsReasons() {
		String csv = """
				kategori;jenis;pertanyaan;poin;kredit_parsial;jawaban;toleransi;opsi_1;opsi_2
				Umum;PG;Ibu kota Banten?;1;;1;;Serang;Cilegon
				Umum;XX;Jenis salah;1;;1;;A;B
				Umum;PG;;1;;3;;A;B
				Umum;ANGKA;Berapa?;1;;dua;;;
				Umum;BS;Benar?;1;;mungkin;;;
				""";

		ImportPreview preview = QuestionFiles.read(csv.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.importable()).isFalse();
		assertThat(preview.questions()).hasSize(1);
		assertThat(preview.problems()).extracting(Problem::row, Problem::messageKey)
			.contains(org.assertj.core.groups.Tuple.tuple(3, "quiz.import.error.kind"),
					org.assertj.core.groups.Tuple.tuple(4, "quiz.import.error.optionNumber"),
					org.assertj.core.groups.Tuple.tuple(5, "quiz.import.error.number"),
					org.assertj.core.groups.Tuple.tuple(6, "quiz.error.trueFalseAnswer"));
	}

	@Test
	void emptyAndHeaderlessFilesAreRefusedWithAReason() {
		assertThat(QuestionFiles.read(new byte[0]).problems()).extracting(Problem::messageKey)
			.containsExactly("quiz.import.error.empty");
		assertThat(QuestionFiles.read("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)).problems())
			.extracting(Problem::messageKey)
			.containsExactly("quiz.import.error.columns");
	}

	@Test
	void anExportReadsBackTheSameQuestionsEvenWithFormulaLikeText() {
		BankQuestion question = new BankQuestion(1, 1, null, "Hitung", QuestionKind.SINGLE_CHOICE, "=1+1 berapa?", null,
				new BigDecimal("1.5"), false,
				List.of(new BankQuestion.BankOption(5, "-2", false), new BankQuestion.BankOption(6, "2", true)), null,
				List.of(), null, null, 1, 0);

		ImportPreview back = QuestionFiles.read(QuestionFiles.csv(List.of(question), ID));

		assertThat(back.problems()).isEmpty();
		QuestionDraft draft = back.questions().getFirst();
		assertThat(draft.text()).isEqualTo("=1+1 berapa?");
		assertThat(draft.points()).isEqualByComparingTo("1.5");
		assertThat(draft.options()).extracting(QuestionDraft.Option::text).containsExactly("-2", "2");
		assertThat(draft.category()).isEqualTo("Hitung");
	}

	@Test
	void moodleXmlTakesTheSupportedTypesAndListsTheOthers() {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<quiz>
				  <question type="category"><category><text>$course$/top/Tata Naskah</text></category></question>
				  <question type="multichoice">
				    <name><text>Q1</text></name>
				    <questiontext format="html"><text><![CDATA[<p>Naskah dinas <b>arahan</b>?</p>]]></text></questiontext>
				    <defaultgrade>2.0000000</defaultgrade>
				    <single>false</single>
				    <answer fraction="50"><text>Instruksi</text></answer>
				    <answer fraction="50"><text>Peraturan</text></answer>
				    <answer fraction="-100"><text>Undangan</text></answer>
				  </question>
				  <question type="multichoice">
				    <name><text>Q2</text></name>
				    <questiontext format="html"><text>Ibu kota Banten?</text></questiontext>
				    <single>true</single>
				    <answer fraction="100"><text>Serang</text></answer>
				    <answer fraction="0"><text>Cilegon</text></answer>
				  </question>
				  <question type="truefalse">
				    <name><text>Q3</text></name>
				    <questiontext><text>Kop memuat lambang.</text></questiontext>
				    <answer fraction="0"><text>true</text></answer>
				    <answer fraction="100"><text>false</text></answer>
				  </question>
				  <question type="shortanswer">
				    <name><text>Q4</text></name>
				    <questiontext><text>Singkatan ASN?</text></questiontext>
				    <answer fraction="100"><text>Aparatur Sipil Negara</text></answer>
				    <answer fraction="50"><text>Aparatur</text></answer>
				  </question>
				  <question type="numerical">
				    <name><text>Q5</text></name>
				    <questiontext><text>3 x 6?</text></questiontext>
				    <answer fraction="100"><text>18</text><tolerance>0.5</tolerance></answer>
				  </question>
				  <question type="essay"><name><text>Esai</text></name><questiontext><text>Jelaskan.</text></questiontext></question>
				  <question type="matching"><name><text>Jodohkan</text></name><questiontext><text>.</text></questiontext></question>
				</quiz>
				""";

		ImportPreview preview = QuestionFiles.read(xml.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.problems()).isEmpty();
		assertThat(preview.unsupported()).containsExactly("Esai (essay)", "Jodohkan (matching)");
		assertThat(preview.questions()).extracting(QuestionDraft::kind)
			.containsExactly(QuestionKind.MULTIPLE_CHOICE, QuestionKind.SINGLE_CHOICE, QuestionKind.TRUE_FALSE,
					QuestionKind.SHORT_ANSWER, QuestionKind.NUMERIC);
		QuestionDraft multi = preview.questions().getFirst();
		assertThat(multi.text()).isEqualTo("Naskah dinas arahan?");
		assertThat(multi.category()).isEqualTo("Tata Naskah");
		assertThat(multi.points()).isEqualByComparingTo("2");
		assertThat(multi.partialCredit()).isTrue();
		assertThat(multi.options()).extracting(QuestionDraft.Option::correct).containsExactly(true, true, false);
		assertThat(preview.questions().get(2).trueAnswer()).isFalse();
		assertThat(preview.questions().get(3).acceptedAnswers()).containsExactly("Aparatur Sipil Negara");
		assertThat(preview.questions().get(4).tolerance()).isEqualByComparingTo("0.5");
	}

	@Test
	void xmlWithADoctypeIsRefused() {
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><quiz>&x;</quiz>";
		assertThat(QuestionFiles.read(xml.getBytes(StandardCharsets.UTF_8)).problems()).extracting(Problem::messageKey)
			.containsExactly("quiz.import.error.xml");
	}

}
