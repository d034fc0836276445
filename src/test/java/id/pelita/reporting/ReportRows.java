package id.pelita.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.support.TestData;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of the run, enrolment, completion, certificate, survey and ledger tables written straight in SQL, so that a
 * report test knows every figure by hand (the modules' own tests cover how the rows come about).
 */
public final class ReportRows {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private final JdbcTemplate jdbc;

	public ReportRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long agency(String kind) {
		String code = "RPT-" + SEQUENCE.incrementAndGet();
		this.jdbc.update("insert into agency (code, name, kind, created_at) values (?, ?, ?, ?)", code,
				"Dinas " + code, kind, now());
		return this.jdbc.queryForObject("select id from agency where code = ?", Long.class, code);
	}

	long course(int jp) {
		String code = TestData.username("RPT");
		this.jdbc.update("""
				insert into course (code, title, description, competency_type, category, jp, learning_mode,
				    target_audience, pass_mark, attendance_threshold, certificate_template, created_at)
				values (?, ?, 'Laporan', 'TEKNIS', 'Uji', ?, 'OFF_CLASS', 'ASN', 70, 80, 'sttp-standar', ?)""", code,
				"Kursus " + code, jp, now());
		return this.jdbc.queryForObject("select id from course where code = ?", Long.class, code);
	}

	long run(long courseId, YearMonth month, int seats, String status) {
		String name = TestData.username("Angkatan");
		Timestamp opens = Timestamp.valueOf(month.atDay(1).atTime(8, 0));
		this.jdbc.update("""
				insert into course_run (course_id, name, run_month, registration_opens_at, registration_closes_at,
				    starts_on, ends_on, seats, enrolment_mode, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""", courseId, name, Date.valueOf(month.atDay(1)),
				opens, opens, Date.valueOf(month.atDay(10)), Date.valueOf(month.atDay(12)), seats, status, now(), now());
		return this.jdbc.queryForObject("select id from course_run where name = ?", Long.class, name);
	}

	void enrol(long runId, long accountId, long agencyId, String status) {
		this.jdbc.update("""
				insert into enrolment (run_id, account_id, agency_id, status, source, created_at, updated_at)
				values (?, ?, ?, ?, 'SELF', ?, ?)""", runId, accountId, agencyId, status, now(), now());
	}

	void completion(long runId, long accountId, String status) {
		this.jdbc.update("""
				insert into learning_completion (run_id, account_id, status, completed_at, manual, revoked_at)
				values (?, ?, ?, ?, false, ?)""", runId, accountId, status, now(),
				"REVOKED".equals(status) ? now() : null);
	}

	void certificate(long runId, long accountId, String status) {
		long n = SEQUENCE.incrementAndGet();
		this.jdbc.update("""
				insert into certificate (run_id, account_id, version, number, code, status, issued_at, completed_at,
				    holder_name, course_title, course_code, run_name, starts_on, ends_on, jp, jp_year, template,
				    issuer, issue_place, official_name, official_title, pdf_path, pdf_sha256, pdf_size)
				values (?, ?, 1, ?, ?, ?, ?, ?, 'Pemegang', 'Kursus', 'K', 'Angkatan', ?, ?, 8, 2031, 'sttp-standar',
				    'BPSDM', 'Serang', 'Pejabat', 'Kepala', 'x.pdf', ?, 1)""", runId, accountId, "RPT/" + n,
				Long.toString(n, 36), status, now(), now(), Date.valueOf("2031-05-10"), Date.valueOf("2031-05-12"),
				"0".repeat(64));
	}

	/** A survey module of the run with one rated item; each rating is one response. */
	void ratings(long runId, long courseId, int... ratings) {
		this.jdbc.update("""
				insert into learning_module (course_id, run_id, position, kind, title, created_at, updated_at)
				values (?, ?, 1, 'SURVEY', 'Evaluasi', ?, ?)""", courseId, runId, now(), now());
		long module = this.jdbc.queryForObject("select max(id) from learning_module where run_id = ?", Long.class,
				runId);
		this.jdbc.update("insert into survey (module_id, created_at, updated_at) values (?, ?, ?)", module, now(),
				now());
		this.jdbc.update("insert into survey_item (module_id, position, section, text) values (?, 1, 'MATERIALS', ?)",
				module, "Materi mudah dipahami");
		this.jdbc.update("insert into survey_item (module_id, position, section, text) values (?, 2, 'FREE_TEXT', ?)",
				module, "Saran");
		long rated = this.jdbc.queryForObject("select min(id) from survey_item where module_id = ?", Long.class, module);
		long text = this.jdbc.queryForObject("select max(id) from survey_item where module_id = ?", Long.class, module);
		for (int rating : ratings) {
			UUID key = UUID.randomUUID();
			this.jdbc.update("insert into survey_response (response_key, module_id) values (?, ?)", key, module);
			this.jdbc.update("insert into survey_answer (response_key, item_id, rating) values (?, ?, ?)", key, rated,
					rating);
			this.jdbc.update("insert into survey_answer (response_key, item_id, answer_text) values (?, ?, 'Bagus')",
					key, text);
		}
	}

	/** A quiz module of the run of the kind (PRE_TEST, POST_TEST), keeping each participant's highest score. */
	long quiz(long runId, long courseId, String kind, int position) {
		this.jdbc.update("""
				insert into learning_module (course_id, run_id, position, kind, title, created_at, updated_at)
				values (?, ?, ?, 'QUIZ', ?, ?, ?)""", courseId, runId, position, kind, now(), now());
		long module = this.jdbc.queryForObject("select max(id) from learning_module where run_id = ?", Long.class,
				runId);
		this.jdbc.update("""
				insert into quiz (module_id, kind, selection, grading, review, layout, updated_at)
				values (?, ?, 'FIXED', 'HIGHEST', 'NEVER', 'ALL_ON_ONE', ?)""", module, kind, now());
		return module;
	}

	void attempt(long moduleId, long runId, long accountId, int number, String score) {
		this.jdbc.update("""
				insert into quiz_attempt (module_id, run_id, account_id, number, status, started_at, submitted_at,
				    submitted_by, points, max_points, score)
				values (?, ?, ?, ?, 'SUBMITTED', ?, ?, 'PARTICIPANT', ?, 100, ?)""", moduleId, runId, accountId, number,
				now(), now(), new BigDecimal(score), new BigDecimal(score));
	}

	void credit(long accountId, int year, String jp, boolean voided) {
		Timestamp at = now();
		this.jdbc.update("""
				insert into jp_ledger_entry (account_id, jp_year, jp, source_type, source_id, recorded_at, voided_at,
				    void_reason) values (?, ?, ?, 'CERTIFICATE', ?, ?, ?, ?)""", accountId, year, new BigDecimal(jp),
				SEQUENCE.incrementAndGet(), at, voided ? at : null, voided ? "REVOKED" : null);
	}

	void moveTo(long accountId, long agencyId) {
		this.jdbc.update("update account set agency_id = ? where id = ?", agencyId, accountId);
	}

	/**
	 * A run of May 2031 with three confirmed participants, hand-computed: pre-test 30 then 45 (kept 45) and 60,
	 * post-test 80, 100 and 72.5 (one without a pre-test); two completed, one certified; a survey rated 5, 4, 4.
	 */
	public ScoredRun scoredRun(EnrolmentFixtures fixtures) {
		long agency = agency("OPD");
		List<PersonRef> people = List.of(fixtures.employee(agency), fixtures.employee(agency),
				fixtures.employee(agency));
		long course = course(8);
		long run = run(course, YearMonth.of(2031, 5), 10, "PUBLISHED");
		people.forEach(person -> enrol(run, person.accountId(), agency, "CONFIRMED"));
		long pre = quiz(run, course, "PRE_TEST", 1);
		long post = quiz(run, course, "POST_TEST", 2);
		attempt(pre, run, people.get(0).accountId(), 1, "30");
		attempt(pre, run, people.get(0).accountId(), 2, "45");
		attempt(pre, run, people.get(1).accountId(), 1, "60");
		attempt(post, run, people.get(0).accountId(), 1, "80");
		attempt(post, run, people.get(1).accountId(), 1, "100");
		attempt(post, run, people.get(2).accountId(), 1, "72.5");
		completion(run, people.get(0).accountId(), "COMPLETED");
		completion(run, people.get(1).accountId(), "COMPLETED");
		certificate(run, people.get(0).accountId(), "VALID");
		ratings(run, course, 5, 4, 4);
		return new ScoredRun(run, people);
	}

	public record ScoredRun(long runId, List<PersonRef> people) {
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now());
	}

}
