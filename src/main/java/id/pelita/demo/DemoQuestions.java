package id.pelita.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import id.pelita.learning.QuestionDraft;
import id.pelita.learning.QuestionDraft.Option;
import id.pelita.learning.QuestionKind;

/**
 * The question bank of the demo course (integrity and anti-corruption): fifteen questions in three categories, of
 * every kind, with their keys. The first ten make the pre-test; the post-test draws ten of all fifteen.
 */
final class DemoQuestions {

	static final String INTEGRITY = "Integritas ASN";

	static final String GRATIFICATION = "Konflik kepentingan dan gratifikasi";

	static final String CULTURE = "Budaya antikorupsi";

	static final List<QuestionDraft> ALL = List.of(
			single(INTEGRITY, "Apa arti integritas bagi seorang ASN?", "Satunya kata dan perbuatan",
					"Selalu menuruti perintah atasan", "Bekerja lembur setiap hari", "Menjaga citra di media sosial"),
			multiple(INTEGRITY, "Manakah yang termasuk nilai dasar ASN BerAKHLAK?",
					List.of("Berorientasi pelayanan", "Akuntabel", "Kompeten"), List.of("Populer", "Eksklusif")),
			trueFalse(INTEGRITY, "Pelayanan yang jujur, tepat waktu dan tanpa pungutan adalah wujud integritas ASN.",
					true),
			shortAnswer(INTEGRITY, "Singkatan dari nilai dasar ASN yang dicanangkan pemerintah sejak 2021 adalah ...",
					"BerAKHLAK", "Ber AKHLAK"),
			single(GRATIFICATION, "Seorang rekanan mengirim parsel Lebaran ke rumah Anda. Apa tindakan yang tepat?",
					"Menolak dengan sopan atau melaporkannya ke KPK", "Menerima karena sudah tradisi",
					"Membagikannya kepada rekan kerja", "Menerima asalkan nilainya kecil"),
			numeric(GRATIFICATION,
					"Paling lambat berapa hari kerja sejak diterima gratifikasi yang berhubungan dengan jabatan wajib dilaporkan ke KPK?",
					30),
			trueFalse(GRATIFICATION, "Gratifikasi hanya berupa uang tunai.", false),
			multiple(GRATIFICATION, "Manakah yang merupakan contoh konflik kepentingan?",
					List.of("Menilai tender yang diikuti perusahaan milik saudara",
							"Menerbitkan izin untuk usaha milik pasangan sendiri"),
					List.of("Mengikuti pelatihan yang diselenggarakan instansi", "Mengajukan cuti tahunan")),
			single(CULTURE, "Program unit kerja menuju WBK/WBBM disebut ...", "Zona Integritas", "Zona Nyaman",
					"Zona Merah", "Zona Ekonomi"),
			trueFalse(CULTURE, "Teladan pimpinan penting untuk membangun budaya antikorupsi di unit kerja.", true),
			shortAnswer(CULTURE, "Lembaga negara yang menerima laporan gratifikasi adalah ... (singkatan)", "KPK",
					"Komisi Pemberantasan Korupsi"),
			single(CULTURE, "Apa singkatan WBK?", "Wilayah Bebas dari Korupsi", "Wilayah Birokrasi Kuat",
					"Wajib Bekerja Keras", "Wilayah Bersih Kinerja"),
			multiple(CULTURE, "Langkah kecil apa yang membangun budaya antikorupsi dalam pelayanan?",
					List.of("Daftar hadir yang jujur", "Layanan tanpa calo", "Standar biaya layanan yang diumumkan"),
					List.of("Memberi prioritas kepada kenalan")),
			trueFalse(GRATIFICATION, "Hadiah pernikahan dari rekan kerja yang tidak terkait jabatan wajib ditolak.",
					false),
			numeric(INTEGRITY, "Berapa jumlah nilai dasar dalam BerAKHLAK?", 7));

	private DemoQuestions() {
	}

	/** The answer that scores full points, as QuizAttempts takes it ({@code optionIds} in the attempt). */
	static String right(QuestionDraft question, List<Long> rightOptionIds) {
		return switch (question.kind()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> join(rightOptionIds);
			case TRUE_FALSE -> String.valueOf(question.trueAnswer());
			case SHORT_ANSWER -> question.acceptedAnswers().getFirst();
			case NUMERIC -> Objects.requireNonNull(question.numericAnswer()).toPlainString();
		};
	}

	/** An answer that scores nothing. */
	static String wrong(QuestionDraft question, List<Long> wrongOptionIds) {
		return switch (question.kind()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.valueOf(wrongOptionIds.getFirst());
			case TRUE_FALSE -> String.valueOf(!Objects.requireNonNull(question.trueAnswer()));
			case SHORT_ANSWER -> "tidak tahu";
			case NUMERIC -> Objects.requireNonNull(question.numericAnswer()).add(BigDecimal.TEN).toPlainString();
		};
	}

	private static String join(List<Long> ids) {
		return String.join(",", ids.stream().map(String::valueOf).toList());
	}

	private static QuestionDraft single(String category, String text, String right, String... wrong) {
		List<Option> options = new java.util.ArrayList<>();
		options.add(new Option(right, true));
		for (String option : wrong) {
			options.add(new Option(option, false));
		}
		return new QuestionDraft(QuestionKind.SINGLE_CHOICE, category, text, BigDecimal.ONE, false, options, null,
				List.of(), null, null);
	}

	private static QuestionDraft multiple(String category, String text, List<String> right, List<String> wrong) {
		List<Option> options = new java.util.ArrayList<>();
		right.forEach(option -> options.add(new Option(option, true)));
		wrong.forEach(option -> options.add(new Option(option, false)));
		return new QuestionDraft(QuestionKind.MULTIPLE_CHOICE, category, text, BigDecimal.valueOf(2), true, options,
				null, List.of(), null, null);
	}

	private static QuestionDraft trueFalse(String category, String text, boolean answer) {
		return new QuestionDraft(QuestionKind.TRUE_FALSE, category, text, BigDecimal.ONE, false, List.of(), answer,
				List.of(), null, null);
	}

	private static QuestionDraft shortAnswer(String category, String text, String... accepted) {
		return new QuestionDraft(QuestionKind.SHORT_ANSWER, category, text, BigDecimal.ONE, false, List.of(), null,
				List.of(accepted), null, null);
	}

	private static QuestionDraft numeric(String category, String text, int answer) {
		return new QuestionDraft(QuestionKind.NUMERIC, category, text, BigDecimal.ONE, false, List.of(), null,
				List.of(), BigDecimal.valueOf(answer), BigDecimal.ZERO);
	}

}
