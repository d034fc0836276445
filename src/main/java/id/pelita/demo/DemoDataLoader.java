package id.pelita.demo;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.pelita.agency.AgencyKind;
import id.pelita.agency.AgencyService;
import id.pelita.agency.NewAgency;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CompetencyType;
import id.pelita.catalog.LearningMode;
import id.pelita.catalog.NewCourse;
import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.shared.security.Role;
import id.pelita.shared.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data on the embedded default (see the README for the demo accounts). Runs once: when the
 * province already exists it does nothing.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "pelita.demo-data.enabled", matchIfMissing = true)
@Order(10)
class DemoDataLoader implements ApplicationRunner {

	static final String DEMO_PASSWORD = "pelita2026";

	static final String PARTICIPANT_NIP = "198503122010011003";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final String PROVINCE_CODE = "36";

	private final AgencyService agencies;

	private final AccountService accounts;

	private final CatalogService catalog;

	DemoDataLoader(AgencyService agencies, AccountService accounts, CatalogService catalog) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.catalog = catalog;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.agencies.all().stream().anyMatch(agency -> PROVINCE_CODE.equals(agency.code()))) {
			return;
		}
		long started = System.nanoTime();
		SystemUser.run(this::load);
		log.info("Loaded demo data in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		Map<String, Long> agencyIds = loadAgencies();
		long serang = agencyIds.get("36.04");
		long bpsdm = agencyIds.get("36.00.03");
		this.accounts.createSystemAccount(new NewAccount("admin", "Administrator Pelita", "admin@example.go.id", null,
				null, null, Set.of(Role.ADMIN), DEMO_PASSWORD));
		this.accounts.createSystemAccount(new NewAccount("penyelenggara", "Rina Kusumawardani, S.Sos., M.Si.",
				"penyelenggara@example.go.id", "197804152005012004", "081234567801", bpsdm,
				Set.of(Role.ORGANISER), DEMO_PASSWORD, "Pembina (IV/a)", "Widyaiswara Ahli Madya"));
		this.accounts.createSystemAccount(new NewAccount("koordinator", "Agus Setiawan, S.E.",
				"koordinator@example.go.id", "198107222006041002", "081234567802", serang,
				Set.of(Role.AGENCY_COORDINATOR, Role.PARTICIPANT), DEMO_PASSWORD, "Penata Tingkat I (III/d)",
				"Analis Sumber Daya Manusia Aparatur"));
		this.accounts.createSystemAccount(new NewAccount("peserta", "Dewi Lestari, S.Kom.", "peserta@example.go.id",
				PARTICIPANT_NIP, "081234567803", agencyIds.get("36.04.02"), Set.of(Role.PARTICIPANT),
				DEMO_PASSWORD, "Penata Muda Tingkat I (III/b)", "Pranata Komputer Ahli Pertama"));
		loadEmployees(new ArrayList<>(agencyIds.entrySet().stream()
			.filter(entry -> entry.getKey().split("\\.").length == 3)
			.map(Map.Entry::getValue)
			.toList()));
		loadCourses();
	}

	private Map<String, Long> loadAgencies() {
		Map<String, Long> ids = new LinkedHashMap<>();
		ids.put(PROVINCE_CODE, this.agencies.create(new NewAgency(PROVINCE_CODE, "Pemerintah Provinsi Banten",
				AgencyKind.PROVINCE, null)));
		String[][] regions = { { "36.01", "Kabupaten Pandeglang", "REGENCY" }, { "36.02", "Kabupaten Lebak", "REGENCY" },
				{ "36.03", "Kabupaten Tangerang", "REGENCY" }, { "36.04", "Kabupaten Serang", "REGENCY" },
				{ "36.71", "Kota Tangerang", "CITY" }, { "36.72", "Kota Cilegon", "CITY" },
				{ "36.73", "Kota Serang", "CITY" }, { "36.74", "Kota Tangerang Selatan", "CITY" } };
		for (String[] region : regions) {
			ids.put(region[0], this.agencies.create(new NewAgency(region[0], "Pemerintah " + region[1],
					AgencyKind.valueOf(region[2]), ids.get(PROVINCE_CODE))));
		}
		String[] provincialOpds = { "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan",
				"Badan Pengembangan Sumber Daya Manusia Daerah", "Badan Perencanaan Pembangunan Daerah",
				"Dinas Pekerjaan Umum dan Penataan Ruang", "Inspektorat",
				"Satuan Polisi Pamong Praja", "Badan Kepegawaian Daerah", "Dinas Komunikasi, Informatika, Statistik dan Persandian",
				"Dinas Sosial", "Dinas Perhubungan", "Badan Pengelolaan Keuangan dan Aset Daerah",
				"Dinas Lingkungan Hidup dan Kehutanan", "Dinas Pertanian", "Biro Organisasi",
				"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu" };
		for (int i = 0; i < provincialOpds.length; i++) {
			String code = "36.00.%02d".formatted(i + 1);
			ids.put(code, this.agencies.create(new NewAgency(code, provincialOpds[i] + " Provinsi Banten",
					AgencyKind.OPD, ids.get(PROVINCE_CODE))));
		}
		String[] regencyOpds = { "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Dinas Kesehatan",
				"Dinas Pendidikan", "Kecamatan Ciruas" };
		for (int i = 0; i < regencyOpds.length; i++) {
			String code = "36.04.%02d".formatted(i + 1);
			ids.put(code, this.agencies.create(new NewAgency(code, regencyOpds[i] + " Kabupaten Serang",
					AgencyKind.OPD, ids.get("36.04"))));
		}
		return ids;
	}

	private void loadEmployees(List<Long> opds) {
		DemoPeople people = new DemoPeople(2026L, YearMonth.of(2025, 12));
		for (int i = 0; i < 300; i++) {
			DemoPeople.Person person = people.next();
			long agency = opds.get(i % opds.size());
			String username = person.nip();
			String email = ascii(person.name()).replace(' ', '.') + "." + person.nip().substring(8)
					+ "@example.go.id";
			this.accounts.createSystemAccount(new NewAccount(username, person.name(), email, person.nip(), null,
					agency, Set.of(Role.PARTICIPANT), null, person.rank(), person.position()));
		}
	}

	private void loadCourses() {
		course("LTS-ANTIKORUPSI", "Penguatan Integritas dan Budaya Antikorupsi",
				"Memahami nilai-nilai integritas ASN, mengenali konflik kepentingan dan gratifikasi, serta membangun budaya kerja antikorupsi di unit kerja.",
				CompetencyType.SOSIAL_KULTURAL, "Integritas", 8, 75, 80);
		course("TKS-SPBE", "Sistem Pemerintahan Berbasis Elektronik (SPBE) untuk Perangkat Daerah",
				"Arsitektur SPBE, tata kelola data, keamanan informasi dan layanan publik digital bagi perangkat daerah, dengan praktik penyusunan peta rencana SPBE.",
				CompetencyType.TEKNIS, "Transformasi Digital", 12, 70, 75);
		course("MNJ-KEPEMIMPINAN", "Kepemimpinan Pelayanan bagi Pengawas",
				"Gaya kepemimpinan melayani, pengelolaan kinerja tim, coaching dan mentoring, serta pengambilan keputusan berbasis data bagi pejabat pengawas.",
				CompetencyType.MANAJERIAL, "Kepemimpinan", 16, 75, 85);
		course("PMR-PERENCANAAN", "Perencanaan dan Penganggaran Daerah",
				"Siklus perencanaan pembangunan daerah, sinkronisasi RPJMD, Renstra dan RKPD, serta penyusunan anggaran berbasis kinerja.",
				CompetencyType.PEMERINTAHAN, "Perencanaan", 10, 70, 80);
		course("TKS-PUBLIC-SPEAKING", "Komunikasi Publik dan Public Speaking ASN",
				"Teknik menyampaikan informasi publik, menyusun materi presentasi, menghadapi media dan mengelola komunikasi krisis.",
				CompetencyType.TEKNIS, "Komunikasi", 6, 70, 75);
	}

	private void course(String code, String title, String description, CompetencyType type, String category,
			int jp, int passMark, int attendance) {
		this.catalog.createCourse(new NewCourse(code, title, description, type, category, jp, LearningMode.OFF_CLASS,
				"ASN Pemerintah Provinsi Banten dan Kabupaten/Kota se-Banten", BigDecimal.valueOf(passMark),
				BigDecimal.valueOf(attendance), "sttp-standar"));
	}

	private static String ascii(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z ]", "").toLowerCase(Locale.ROOT);
	}

}
