package id.pelita.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import id.pelita.shared.Nip;

/** Generates plausible Indonesian civil servants with valid, unique NIPs from a fixed seed. */
final class DemoPeople {

	private static final List<String> MALE = List.of("Ahmad", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Iwan",
			"Joko", "Rizki", "Agus", "Bambang", "Dimas", "Yusuf", "Asep", "Ujang", "Hasan", "Rahmat", "Taufik",
			"Andi", "Surya", "Wahyu", "Yogi", "Irfan", "Lukman", "Mulyadi");

	private static final List<String> FEMALE = List.of("Siti", "Dewi", "Rina", "Nur", "Sri", "Fitri", "Ayu",
			"Indah", "Lestari", "Ratna", "Wulan", "Yuni", "Neng", "Euis", "Aisyah", "Dian", "Maya", "Putri", "Ika",
			"Nining", "Rahma", "Tuti", "Wati", "Eka", "Novi");

	private static final List<String> FAMILY = List.of("Hidayat", "Saputra", "Nugroho", "Santoso", "Wijaya",
			"Kurniawan", "Permana", "Suryadi", "Rahmawati", "Setiawan", "Gunawan", "Maulana", "Hakim", "Firmansyah",
			"Susanti", "Handayani", "Pratama", "Ramadhan", "Hermawan", "Sulaeman", "Mulyana", "Syahputra",
			"Anggraini", "Kusuma", "Fauzi", "Sudrajat", "Hamdani", "Jaelani");

	static final List<String> RANKS = List.of("Pengatur (II/c)", "Pengatur Tingkat I (II/d)",
			"Penata Muda (III/a)", "Penata Muda Tingkat I (III/b)", "Penata (III/c)", "Penata Tingkat I (III/d)",
			"Pembina (IV/a)", "Pembina Tingkat I (IV/b)");

	static final List<String> POSITIONS = List.of("Analis Kebijakan", "Pranata Komputer", "Perencana",
			"Auditor", "Pengelola Keuangan", "Analis Sumber Daya Manusia Aparatur", "Kepala Seksi",
			"Kepala Subbagian Umum dan Kepegawaian", "Pengadministrasi Umum", "Penyuluh Pertanian", "Perawat",
			"Guru Ahli Pertama", "Arsiparis", "Pustakawan", "Pengawas Lingkungan Hidup");

	private final Random random;

	private final YearMonth lastAppointment;

	private final Set<String> issued = new HashSet<>();

	DemoPeople(long seed, YearMonth lastAppointment) {
		this.random = new Random(seed);
		this.lastAppointment = lastAppointment;
	}

	Person next() {
		boolean male = this.random.nextBoolean();
		String given = pick(male ? MALE : FEMALE);
		String family = pick(FAMILY);
		String name = this.random.nextInt(4) == 0 ? given + " " + pick(male ? MALE : FEMALE) + " " + family
				: given + " " + family;
		return new Person(name, nip(male), pick(RANKS), pick(POSITIONS));
	}

	private String nip(boolean male) {
		while (true) {
			LocalDate birth = LocalDate.of(1966 + this.random.nextInt(34), 1 + this.random.nextInt(12),
					1 + this.random.nextInt(28));
			YearMonth appointment = YearMonth.from(birth.plusYears(21 + this.random.nextInt(12)))
				.plusMonths(this.random.nextInt(12));
			if (appointment.isAfter(this.lastAppointment)) {
				continue;
			}
			String digits = "%04d%02d%02d%04d%02d%s%03d".formatted(birth.getYear(), birth.getMonthValue(),
					birth.getDayOfMonth(), appointment.getYear(), appointment.getMonthValue(), male ? "1" : "2",
					1 + this.random.nextInt(999));
			if (this.issued.add(digits)) {
				return Nip.parse(digits, this.lastAppointment.atEndOfMonth()).value();
			}
		}
	}

	private String pick(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	record Person(String name, String nip, String rank, String position) {
	}

}
