package id.pelita.catalog.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.pelita.catalog.SeatAvailability;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Browserless tests of pages that show seats taken. Taken seats are counted by the enrolment module; here a mock
 * tells them, so the pages' arithmetic and wording can be checked. Subclasses share one application context.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class SeatAwareViewTest extends SpringBrowserlessTest {

	@MockitoBean
	SeatAvailability seatAvailability;

}
