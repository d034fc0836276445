package id.pelita.catalog.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class LandingViewTests extends SpringBrowserlessTest {

	@Test
	void visitorSeesHowItWorksAndTheCoursesWithTheirJp() {
		navigate(LandingView.class);
		assertThat(find(H2.class).all()).extracting(H2::getText).contains("Cara kerjanya", "Kursus yang tersedia");
		assertThat(find(H3.class).all()).extracting(H3::getText)
			.contains("Penguatan Integritas dan Budaya Antikorupsi");
		assertThat(find(Span.class).all()).extracting(Span::getText).contains("8 JP", "Sosial kultural");
	}

}
