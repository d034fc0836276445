package id.pelita.agency.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.pelita.agency.RosterSync;
import id.pelita.identity.PersonDirectory;
import id.pelita.reporting.AgencyDashboard;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.audit.AuditQuery;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.audit.AuditTrail;
import id.pelita.support.ApiClient;
import id.pelita.support.Await;
import id.pelita.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write with an API token over real HTTP is recorded twice: the call itself (token, method, path, status, the
 * caller's address) and the change it made, both naming the token; reads are not recorded as writes, but every page
 * of people read is recorded as a downloaded list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiAuditTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	PersonDirectory people;

	@Test
	void aWriteWithATokenRecordsTheCallAndTheChangeWithTheToken() throws Exception {
		ApiClient api = new ApiClient(this.port);
		String nip = TestData.nip();
		String path = "/api/v1/employees/" + nip;
		HttpResponse<String> created = api.put(path, """
				{"name": "Tari Audit", "unitCode": "36.04.03"}""");
		assertThat(created.statusCode()).isEqualTo(201);
		AuditQuery calls = new AuditQuery(null, AuditAction.API_WRITE, AuditObject.API_CALL, "PUT " + path, null, null,
				null);
		// recorded once the answer is written, which may reach the client a moment before the entry commits
		Await.until("the call's entry", Duration.ofSeconds(10), () -> !this.trail.page(calls, null, 1).isEmpty());
		AuditRecord call = single(calls);
		assertThat(call.apiTokenId()).isNotNull();
		assertThat(call.actorUsername()).isEqualTo("api-token-" + call.apiTokenId());
		assertThat(call.actorName()).isEqualTo("Agus Setiawan, S.E.");
		assertThat(call.onBehalfAgencyId()).isNotNull();
		assertThat(call.address()).isEqualTo("127.0.0.1");
		assertThat(call.userAgent()).isNotBlank();
		assertThat(call.afterJson()).contains("\"status\":201", "\"method\":\"PUT\"");
		long accountId = this.people.findByNip(nip).orElseThrow().accountId();
		AuditRecord change = single(new AuditQuery(null, AuditAction.EMPLOYEE_CREATED, AuditObject.EMPLOYEE,
				Long.toString(accountId), null, null, null));
		assertThat(change.apiTokenId()).isEqualTo(call.apiTokenId());

		assertThat(api.get(path, null).statusCode()).isEqualTo(200);
		assertThat(this.trail.page(new AuditQuery(null, AuditAction.API_WRITE, AuditObject.API_CALL, "GET " + path,
				null, null, null), null, 10)).as("a read is no write").isEmpty();
	}

	@Test
	void everyPageOfPeopleReadWithATokenIsRecordedAsADownloadedList() throws Exception {
		ApiClient api = new ApiClient(this.port);
		Instant before = Instant.now().minusSeconds(1);
		assertThat(api.get("/api/v1/employees?page=0&size=3", null).statusCode()).isEqualTo(200);
		assertThat(api.get("/api/v1/agencies/me/compliance?page=0&size=2", null).statusCode()).isEqualTo(200);
		for (String read : List.of(RosterSync.EMPLOYEES_API, AgencyDashboard.COMPLIANCE_API)) {
			List<AuditRecord> entries = this.trail.page(new AuditQuery(null, AuditAction.LIST_DOWNLOADED,
					AuditObject.LIST, read, before, null, null), null, 10);
			assertThat(entries).as(read).isNotEmpty();
			AuditRecord entry = entries.getFirst();
			assertThat(entry.apiTokenId()).as(read).isNotNull();
			assertThat(entry.subjectAgencyId()).as(read).isEqualTo(entry.onBehalfAgencyId()).isNotNull();
			assertThat(entry.address()).as(read).isEqualTo("127.0.0.1");
			assertThat(entry.afterJson()).as(read).contains("\"page\":0", "\"employees\":");
		}
	}

	private AuditRecord single(AuditQuery query) {
		List<AuditRecord> entries = this.trail.page(query, null, 10);
		assertThat(entries).as(query.toString()).hasSize(1);
		return entries.getFirst();
	}

}
