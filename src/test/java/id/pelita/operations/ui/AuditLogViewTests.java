package id.pelita.operations.ui;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.audit.AuditQuery;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.audit.AuditTrail;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.shared.ui.SpreadsheetDownload;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The audit page: filters from and into the address, "older" pages, the details of an entry, audited downloads. */
@SpringBootTest
@ActiveProfiles("test")
class AuditLogViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail trail;

	String actor;

	@BeforeEach
	void entries() {
		this.actor = TestData.username("layar");
		Instant now = Instant.now();
		for (int i = 0; i < 60; i++) {
			this.jdbc.update("""
					insert into audit_log (occurred_at, actor_username, actor_name, action, object_type, object_id,
					    before_json, after_json, address)
					values (?, ?, 'Budi Layar', 'EMPLOYEE_CHANGED', 'EMPLOYEE', ?, '{"email":"lama@example.go.id"}',
					    '{"email":"baru@example.go.id"}', '203.0.113.7')""", Timestamp.from(now.minusSeconds(i)),
					this.actor, "e" + i);
		}
		SignIn.as(this.context, "admin");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theFilterComesFromTheAddressAndOlderEntriesLoadBelow() {
		AuditLogView view = open(Map.of("who", this.actor, "action", "EMPLOYEE_CHANGED"));
		assertThat(view.filters.actor.getValue()).isEqualTo(this.actor);
		assertThat(view.filters.action.getValue()).isEqualTo(AuditAction.EMPLOYEE_CHANGED);
		assertThat(test(view.grid).size()).isEqualTo(50);
		assertThat(test(view.grid).getRow(0).objectId()).isEqualTo("e0");
		assertThat(view.older.isVisible()).isTrue();
		test(view.older).click();
		assertThat(test(view.grid).size()).isEqualTo(60);
		assertThat(test(view.grid).getRow(59).objectId()).isEqualTo("e59");
		assertThat(view.older.isVisible()).isFalse();
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Budi Layar (" + this.actor + ")");
		assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Data pegawai diubah");
	}

	@Test
	void changingAFilterWritesItIntoTheAddress() {
		AuditLogView view = open(Map.of("who", this.actor));
		test(view.filters.object).selectItem("Akun");
		assertThat(view.filters.address(AuditLogView.ROUTE).parameters().getParameters()).containsOnly(
				Map.entry("who", List.of(this.actor)), Map.entry("object", List.of("ACCOUNT")));
		assertThat(test(view.grid).size()).isZero();
		assertThat(view.message.getText()).isEqualTo("Tidak ada entri log untuk saringan ini.");
	}

	@Test
	void anImpossiblePeriodIsExplainedInsteadOfListed() {
		AuditLogView view = open(Map.of("who", this.actor, "from", "2026-12-05", "to", "2026-12-01"));
		assertThat(test(view.grid).size()).isZero();
		assertThat(view.message.isVisible()).isTrue();
		assertThat(view.message.getText()).startsWith("Tanggal \"dari\" jatuh setelah tanggal \"sampai\".");
		assertThat(view.older.isVisible()).isFalse();
	}

	@Test
	void aRowOpensTheEntryWithItsFieldsBeforeAndAfter() {
		AuditLogView view = open(Map.of("who", this.actor));
		test(view.grid).clickRow(0);
		AuditEntryDialog dialog = find(AuditEntryDialog.class).single();
		assertThat(test(dialog.changes).size()).isEqualTo(1);
		AuditEntryDialog.Change change = test(dialog.changes).getRow(0);
		assertThat(change).isEqualTo(new AuditEntryDialog.Change("email", "lama@example.go.id", "baru@example.go.id"));
	}

	@Test
	void aDownloadOfAListIsRecordedWithWhoWhichFileAndThePage() throws Exception {
		AuditLogView view = open(Map.of("who", this.actor));
		DownloadHandler handler = SpreadsheetDownload.of(SpreadsheetFormat.CSV, "peserta-uji-" + this.actor,
				() -> "NIP,Nama\n".getBytes());
		VaadinResponse response = mock(VaadinResponse.class);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		when(response.getOutputStream()).thenReturn(body);
		handler.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(),
				view.getElement()));
		assertThat(body.toString()).isEqualTo("NIP,Nama\n");
		String file = "peserta-uji-" + this.actor + ".csv";
		List<AuditRecord> downloads = this.trail.page(new AuditQuery(null, AuditAction.LIST_DOWNLOADED, AuditObject.LIST,
				file, null, null, null), null, 10);
		assertThat(downloads).singleElement().satisfies(entry -> {
			assertThat(entry.actorUsername()).isEqualTo("admin");
			assertThat(entry.afterJson()).contains("\"format\":\"CSV\"", "admin/audit?who=" + this.actor);
		});
	}

	@Test
	void participantsCannotOpenTheAuditLog() {
		SignIn.out();
		SignIn.as(this.context, "peserta");
		navigate("admin/audit", AccessDeniedView.class);
	}

	private AuditLogView open(Map<String, String> parameters) {
		UI.getCurrent().navigate(AuditLogView.class, QueryParameters.simple(parameters));
		return find(AuditLogView.class).single();
	}

}
