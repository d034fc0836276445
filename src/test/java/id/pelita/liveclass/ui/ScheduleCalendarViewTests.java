package id.pelita.liveclass.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.liveclass.SessionDraft;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleCalendarViewTests extends LiveClassViewTest {

	@Autowired
	LiveSessionService sessions;

	private long runId;

	@BeforeEach
	void signInAsOrganiserWithARun() {
		this.runId = this.fixtures.run();
		SignIn.as(this.context, "penyelenggara");
	}

	@Test
	void aSessionOfTheShownMonthAppearsOnItsDayAndLeadsToItsRun() {
		LocalDate day = LocalDate.now(IndonesianTime.WIB).plusDays(40);
		long kept = schedule("Pembukaan", day, LocalTime.of(9, 0));
		long cancelled = schedule("Diskusi kelompok", day, LocalTime.of(13, 0));
		this.sessions.cancel(cancelled, null);
		LiveSession session = this.sessions.session(kept);
		ScheduleCalendarView view = open(YearMonth.from(day));

		assertThat(view.monthTitle.getText()).isEqualTo(monthName(day.getMonthValue()) + " " + day.getYear());
		assertThat(view.empty.isVisible()).isFalse();
		Div cell = dayCell(view, day.getDayOfMonth());
		List<Anchor> mine = chipsOfMyRun(cell);
		assertThat(mine).hasSize(2);
		Anchor chip = mine.getFirst();
		assertThat(chip.getHref()).isEqualTo("kelola/angkatan/" + this.runId + "/sesi");
		assertThat(find(Span.class, chip).all()).extracting(Span::getText).containsExactly("09.00", "Pembukaan", "Jitsi");
		assertThat(session.title()).isEqualTo("Pembukaan");
		assertThat(chip.hasClassName("cancelled")).isFalse();
		assertThat(mine.get(1).hasClassName("cancelled")).as("a cancelled session is struck through").isTrue();

		Div agendaDay = find(Div.class, view.agenda).all()
			.stream()
			.filter(group -> group.hasClassName("agenda-day"))
			.filter(group -> !chipsOfMyRun(group).isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(find(H4.class, agendaDay).single().getText()).isEqualTo(dayName(day.getDayOfWeek().getValue())
				+ ", " + day.getDayOfMonth() + " " + monthName(day.getMonthValue()));
	}

	@Test
	void theMonthIsAGridOfWeeksFromMonday() {
		ScheduleCalendarView view = open(YearMonth.of(2026, 12));
		List<Component> cells = view.month.getChildren().toList();
		assertThat(cells.subList(0, 7)).extracting(cell -> ((Span) cell).getText())
			.containsExactly("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min");
		assertThat(((Div) cells.get(7)).hasClassName("outside")).as("1 December 2026 is a Tuesday").isTrue();
		assertThat(find(Span.class, cells.get(8)).first().getText()).isEqualTo("1");
		assertThat((cells.size() - 7) % 7).as("whole weeks").isZero();
		assertThat(cells.stream().filter(cell -> cell.hasClassName("day-cell") && !cell.hasClassName("outside")))
			.hasSize(31);
	}

	@Test
	void monthsChangeThroughTheAddressAndAnEmptyMonthSaysSo() {
		YearMonth far = YearMonth.now(IndonesianTime.WIB).plusYears(6);
		ScheduleCalendarView view = open(far);
		assertThat(view.empty.isVisible()).isTrue();
		assertThat(view.empty.getText()).isEqualTo("Belum ada sesi pada " + monthName(far.getMonthValue()) + " "
				+ far.getYear() + ".");
		test(view.next).click();
		ScheduleCalendarView next = (ScheduleCalendarView) getCurrentView();
		assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("bulan"))
			.contains(far.plusMonths(1).toString());
		assertThat(next.monthTitle.getText())
			.isEqualTo(monthName(far.plusMonths(1).getMonthValue()) + " " + far.plusMonths(1).getYear());
		test(next.previous).click();
		assertThat(((ScheduleCalendarView) getCurrentView()).monthTitle.getText())
			.isEqualTo(monthName(far.getMonthValue()) + " " + far.getYear());
	}

	private long schedule(String title, LocalDate day, LocalTime time) {
		return this.sessions.schedule(new SessionDraft(this.runId, title, day, time, IndonesianTime.WIB, 60,
				"JITSI", null, null));
	}

	private ScheduleCalendarView open(YearMonth month) {
		UI.getCurrent().navigate(ScheduleCalendarView.class, QueryParameters.of("bulan", month.toString()));
		return (ScheduleCalendarView) getCurrentView();
	}

	private Div dayCell(ScheduleCalendarView view, int dayOfMonth) {
		return view.month.getChildren()
			.filter(Div.class::isInstance)
			.map(Div.class::cast)
			.filter(cell -> !cell.hasClassName("outside"))
			.filter(cell -> find(Span.class, cell).first().getText().equals(String.valueOf(dayOfMonth)))
			.findFirst()
			.orElseThrow();
	}

	private List<Anchor> chipsOfMyRun(Component container) {
		return find(Anchor.class, container).all()
			.stream()
			.filter(chip -> chip.getHref().equals("kelola/angkatan/" + this.runId + "/sesi"))
			.toList();
	}

	private String monthName(int month) {
		return getTranslation("schedule.month." + month);
	}

	private String dayName(int day) {
		return getTranslation("schedule.day." + day);
	}

	private static String getTranslation(String key) {
		return UI.getCurrent().getTranslation(key);
	}

}
