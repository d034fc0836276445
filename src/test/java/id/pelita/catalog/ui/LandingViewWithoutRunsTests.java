package id.pelita.catalog.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh installation without demo data: nothing is on offer yet. */
@SpringBootTest(properties = "pelita.demo-data.enabled=false")
@ActiveProfiles("test")
class LandingViewWithoutRunsTests extends SpringBrowserlessTest {

	@Test
	void visitorIsToldThereAreNoCoursesThisMonthAndStillSeesTheThreeSteps() {
		SignIn.out();
		navigate(LandingView.class);
		assertThat(find(H4.class).all()).isEmpty();
		assertThat(find(ListItem.class).all()).hasSize(3);
		Paragraph empty = find(Paragraph.class).all()
			.stream()
			.filter(paragraph -> paragraph.hasClassName("empty-state"))
			.findFirst()
			.orElseThrow();
		assertThat(empty.getText()).isEqualTo("Belum ada kursus bulan ini.");
	}

}
