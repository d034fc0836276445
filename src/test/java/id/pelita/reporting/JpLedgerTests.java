package id.pelita.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import id.pelita.certificate.CertificateIssued;
import id.pelita.certificate.CertificateRevoked;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.notification.JpTotals;
import id.pelita.reporting.JpEntry.VoidReason;
import id.pelita.support.Await;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The JP ledger as the certificate module's events fill it: once per certificate however often an event arrives,
 * moved by a reissue, voided by a revocation, right when events overtake each other. H2 and PostgreSQL subclasses.
 */
abstract class JpLedgerTests {

	private static final AtomicLong CERTIFICATES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private static final int YEAR = 2026;

	@Autowired
	ApplicationContext context;

	@Autowired
	JpLedger ledger;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private PersonRef employee;

	@BeforeEach
	void employee() {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		this.employee = fixtures.employee(fixtures.agency("36.04.02"));
	}

	@Test
	void aCertificateCreditsItsJpOnceHoweverOftenItsEventArrives() {
		long certificate = CERTIFICATES.incrementAndGet();
		publish(issued(certificate, "12", null));
		publish(issued(certificate, "12", null));
		assertThat(this.ledger.total(this.employee.accountId(), YEAR)).isEqualByComparingTo("12");
		assertThat(this.ledger.entries(this.employee.accountId(), YEAR)).singleElement().satisfies(entry -> {
			assertThat(entry.sourceType()).isEqualTo(JpEntry.CERTIFICATE);
			assertThat(entry.sourceId()).isEqualTo(certificate);
			assertThat(entry.description()).isEqualTo("STTP-" + certificate);
			assertThat(entry.counts()).isTrue();
		});
		assertThat(this.ledger.total(this.employee.accountId(), YEAR + 1)).isEqualByComparingTo("0");
	}

	@Test
	void aReissueMovesTheCreditToTheNewCertificateWithoutCountingTwice() {
		long first = CERTIFICATES.incrementAndGet();
		long reissue = CERTIFICATES.incrementAndGet();
		publish(issued(first, "12", null));
		publish(issued(reissue, "16", first));
		publish(issued(reissue, "16", first));
		publish(issued(first, "12", null));
		assertThat(this.ledger.total(this.employee.accountId(), YEAR)).isEqualByComparingTo("16");
		assertThat(this.ledger.entries(this.employee.accountId(), YEAR))
			.extracting(JpEntry::sourceId, JpEntry::voided)
			.containsExactly(tuple(first, VoidReason.SUPERSEDED), tuple(reissue, null));
	}

	@Test
	void aRevokedCertificateCountsNothingAndARepeatedIssueDoesNotBringItBack() {
		long certificate = CERTIFICATES.incrementAndGet();
		long other = CERTIFICATES.incrementAndGet();
		publish(issued(certificate, "12", null));
		publish(issued(other, "4.5", null));
		publish(revoked(certificate));
		publish(issued(certificate, "12", null));
		assertThat(this.ledger.total(this.employee.accountId(), YEAR)).isEqualByComparingTo("4.5");
		assertThat(this.ledger.entries(this.employee.accountId(), YEAR)).filteredOn(entry -> entry.sourceId() == certificate)
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.voided()).isEqualTo(VoidReason.REVOKED);
				assertThat(entry.voidedAt()).isNotNull();
			});
		publish(revoked(other));
		assertThat(this.ledger.total(this.employee.accountId(), YEAR)).isEqualByComparingTo("0");
	}

	@Test
	void eventsThatOvertakeTheCreditTheyUndoStillLeaveTheRightTotal() {
		long revokedFirst = CERTIFICATES.incrementAndGet();
		publish(revoked(revokedFirst));
		publish(issued(revokedFirst, "12", null));
		long replaced = CERTIFICATES.incrementAndGet();
		long reissue = CERTIFICATES.incrementAndGet();
		publish(issued(reissue, "10", replaced));
		publish(issued(replaced, "10", null));
		assertThat(this.ledger.total(this.employee.accountId(), YEAR)).isEqualByComparingTo("10");
		assertThat(this.ledger.entries(this.employee.accountId(), YEAR)).filteredOn(JpEntry::counts)
			.extracting(JpEntry::sourceId)
			.containsExactly(reissue);
	}

	@Test
	void theAgencyDigestReadsTheLedgerThroughNotificationsPort() {
		long certificate = CERTIFICATES.incrementAndGet();
		publish(issued(certificate, "20", null));
		Map<Long, BigDecimal> totals = this.context.getBean(JpTotals.class)
			.totals(YEAR, List.of(this.employee.accountId(), Long.MAX_VALUE));
		assertThat(totals).containsOnlyKeys(this.employee.accountId());
		assertThat(totals.get(this.employee.accountId())).isEqualByComparingTo("20");
	}

	private CertificateIssued issued(long certificateId, String jp, @Nullable Long supersededId) {
		return new CertificateIssued(certificateId, 1, this.employee.accountId(), "STTP-" + certificateId,
				new BigDecimal(jp), YEAR, Instant.parse("2026-06-10T03:00:00Z"), supersededId);
	}

	private CertificateRevoked revoked(long certificateId) {
		return new CertificateRevoked(certificateId, 1, this.employee.accountId(), "Data kelulusan keliru",
				Instant.parse("2026-07-01T03:00:00Z"));
	}

	/** Publishes the event as the certificate module does, in a transaction, and waits for its listeners. */
	private void publish(Object event) {
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
		long certificateId = event instanceof CertificateIssued issued ? issued.certificateId()
				: ((CertificateRevoked) event).certificateId();
		Await.until("the ledger has handled " + event, Duration.ofSeconds(20), () -> this.jdbc.queryForObject("""
				select count(*) from event_publication where completion_date is null and serialized_event like ?""",
				Integer.class, "%\"certificateId\":" + certificateId + ",%") == 0);
	}

}
