package id.pelita.learning.internal.survey;

import java.util.List;

import id.pelita.learning.SurveySection;

/**
 * The standard evaluation (evaluasi penyelenggaraan) every new survey starts from: the questions a provincial
 * training agency asks after a course, in Indonesian, the language the courses are given in. The organiser edits
 * them per course and per run.
 */
final class StandardSurvey {

	record Item(SurveySection section, String text) {
	}

	static final List<Item> ITEMS = List.of(
			new Item(SurveySection.ORGANISATION,
					"Informasi pelatihan (jadwal, tautan kelas, persyaratan) disampaikan dengan jelas dan tepat waktu."),
			new Item(SurveySection.ORGANISATION, "Pelatihan dilaksanakan sesuai jadwal yang direncanakan."),
			new Item(SurveySection.ORGANISATION, "Platform pembelajaran (LMS) mudah digunakan."),
			new Item(SurveySection.ORGANISATION, "Kualitas audio dan video kelas daring memadai."),
			new Item(SurveySection.ORGANISATION, "Panitia tanggap terhadap pertanyaan dan kendala peserta."),
			new Item(SurveySection.MATERIALS, "Materi sesuai dengan tujuan pelatihan."),
			new Item(SurveySection.MATERIALS, "Materi relevan dengan tugas dan pekerjaan saya."),
			new Item(SurveySection.MATERIALS, "Bahan ajar (modul, presentasi, video) mudah dipahami."),
			new Item(SurveySection.MATERIALS, "Waktu yang disediakan sesuai dengan cakupan materi."),
			new Item(SurveySection.INSTRUCTOR, "Menguasai materi yang disampaikan."),
			new Item(SurveySection.INSTRUCTOR, "Menyampaikan materi secara sistematis dan mudah dipahami."),
			new Item(SurveySection.INSTRUCTOR, "Memberi kesempatan bertanya dan menjawab dengan jelas."),
			new Item(SurveySection.INSTRUCTOR, "Menggunakan contoh yang relevan dengan pekerjaan peserta."),
			new Item(SurveySection.INSTRUCTOR, "Mengelola waktu dengan baik."),
			new Item(SurveySection.FREE_TEXT, "Apa yang paling bermanfaat bagi Anda dari pelatihan ini?"),
			new Item(SurveySection.FREE_TEXT, "Apa yang perlu diperbaiki dari penyelenggaraan pelatihan ini?"),
			new Item(SurveySection.FREE_TEXT, "Topik pelatihan apa yang Anda harapkan berikutnya?"));

	private StandardSurvey() {
	}

}
