package id.pelita.agency.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import id.pelita.agency.ApiTokenService;
import id.pelita.agency.ApiTokenSummary;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class ApiTokenViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiTokenService tokens;

	@BeforeEach
	void signIn() {
		SignIn.as(this.context, "koordinator");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aNewTokenIsShownOnceAndThenOnlyItsBeginning() {
		ApiTokenView view = navigate(ApiTokenView.class);
		String name = "SIMPEG " + TestData.username("uji");
		test(view.name).setValue(name);
		test(view.create).click();
		String token = view.createdToken.getValue();
		assertThat(token).startsWith("pelita_");
		assertThat(view.createdToken.isReadOnly()).isTrue();
		test(find(Button.class).withText("Sudah saya salin").single()).click();
		assertThat(row(view, name).prefix()).isEqualTo(token.substring(0, 11));
		assertThat(test(view.grid).getCellText(rowIndex(view, name), 3)).isEqualTo("Belum pernah");
		assertThat(this.tokens.authenticate(token)).isPresent();

		navigate(id.pelita.shared.ui.HomeView.class);
		ApiTokenView again = navigate(ApiTokenView.class);
		assertThat(again).isNotSameAs(view);
		assertThat(again.createdToken).isNull();
		assertThat(find(TextField.class).all()).noneMatch(field -> token.equals(field.getValue()));
		int row = rowIndex(again, name);
		assertThat(test(again.grid).getCellText(row, 1)).isEqualTo(token.substring(0, 11) + "…");
		assertThat(test(again.grid).getCellText(row, 3)).as("last used, after the call above").endsWith(" WIB");
	}

	@Test
	void aRevokedTokenIsMarkedAndRefused() {
		ApiTokenView view = navigate(ApiTokenView.class);
		String name = "Dicabut " + TestData.username("uji");
		test(view.name).setValue(name);
		test(view.create).click();
		String token = view.createdToken.getValue();
		test(find(Button.class).withText("Sudah saya salin").single()).click();
		Button revoke = (Button) ((com.vaadin.flow.component.html.Span) test(view.grid)
			.getCellComponent(rowIndex(view, name), 5)).getChildren().findFirst().orElseThrow();
		test(revoke).click();
		test(find(Button.class).withText("Cabut token").single()).click();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Token " + name + " dicabut.");
		assertThat(row(view, name).revoked()).isTrue();
		assertThat(this.tokens.authenticate(token)).isEmpty();
	}

	@Test
	void aTokenNeedsAName() {
		ApiTokenView view = navigate(ApiTokenView.class);
		test(view.create).click();
		assertThat(view.name.isInvalid()).isTrue();
		assertThat(view.name.getErrorMessage()).isEqualTo("Beri nama token, mis. nama sistem yang memakainya.");
		assertThat(view.createdToken).isNull();
	}

	@Test
	void theDemoTokenIsListedWithoutItsValue() {
		ApiTokenView view = navigate(ApiTokenView.class);
		ApiTokenSummary demo = row(view, "SIMPEG Kabupaten Serang (demo)");
		assertThat(demo.prefix()).isEqualTo("pelita-demo");
		assertThat(demo.createdBy()).isEqualTo("Agus Setiawan, S.E.");
	}

	private ApiTokenSummary row(ApiTokenView view, String name) {
		return test(view.grid).getRow(rowIndex(view, name));
	}

	private int rowIndex(ApiTokenView view, String name) {
		for (int i = 0; i < test(view.grid).size(); i++) {
			if (test(view.grid).getRow(i).name().equals(name)) {
				return i;
			}
		}
		throw new AssertionError("No token named " + name);
	}

}
