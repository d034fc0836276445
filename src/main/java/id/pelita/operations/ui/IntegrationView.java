package id.pelita.operations.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.dependency.StyleSheet;
import id.pelita.operations.BackupService;
import id.pelita.operations.IntegrationOverview;
import id.pelita.operations.IntegrationService;
import id.pelita.operations.IntegrationTestResult;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The integration checks ({@code /admin/integrasi}, administrators only; the service checks too): one card per
 * outside system with how it stands and its facts (never a secret), and on the cards of SMTP, Zoom and Jitsi a
 * test whose result (success or the exact error, in the reader's language) shows under its button. The page is a
 * list of cards ({@link #cards}), followed by the backups of the embedded default ({@link BackupPanel}).
 */
@Route("admin/integrasi")
@Menu(title = "menu.integrations", icon = "vaadin:plug", order = 87)
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("context://styles/integrations.css")
class IntegrationView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "admin/integrasi";

	private final transient IntegrationService integrations;

	final Div cards = new Div();

	final Span checkedAt = new Span();

	final EmailField testAddress = new EmailField();

	final Button sendTestMail = new Button();

	final Button testZoom = new Button();

	final Button testJitsi = new Button();

	IntegrationCard mailCard;

	IntegrationCard zoomCard;

	IntegrationCard jitsiCard;

	final BackupPanel backups;

	IntegrationView(IntegrationService integrations, BackupService backupService) {
		this.integrations = integrations;
		this.backups = new BackupPanel(backupService);
		addClassName("page");
		this.cards.addClassName("integration-cards");
		this.testAddress.setLabel(getTranslation("integrations.mail.address"));
		this.testAddress.setPlaceholder(getTranslation("integrations.mail.placeholder"));
		this.sendTestMail.setText(getTranslation("integrations.mail.test"));
		this.testZoom.setText(getTranslation("integrations.zoom.test"));
		this.testJitsi.setText(getTranslation("integrations.jitsi.test"));
		Button refresh = new Button(getTranslation("integrations.refresh"), click -> refresh());
		add(new H2(getTranslation("integrations.title")), new Div(this.checkedAt, refresh), this.cards, this.backups);
		onTest(this.sendTestMail, () -> this.mailCard,
				() -> this.integrations.sendTestMail(this.testAddress.getValue(), UserContext.locale()));
		onTest(this.testZoom, () -> this.zoomCard, () -> this.integrations.testZoom(UserContext.locale()));
		onTest(this.testJitsi, () -> this.jitsiCard, () -> this.integrations.testJitsi(UserContext.locale()));
		refresh();
	}

	/** Reads every status again and rebuilds the cards. */
	void refresh() {
		Locale locale = UserContext.locale();
		IntegrationOverview overview = this.integrations.overview();
		this.checkedAt.setText(getTranslation("integrations.checkedAt",
				IndonesianTime.dateTime(overview.checkedAt(), UserContext.zone(), locale)));
		IntegrationCards build = new IntegrationCards(this, locale, UserContext.zone(), overview.checkedAt());
		this.mailCard = build.mail(overview.mail()).action(this.testAddress, this.sendTestMail);
		this.zoomCard = build.zoom(overview.zoom()).action(this.testZoom);
		this.jitsiCard = build.jitsi(overview.jitsi()).action(this.testJitsi);
		this.cards.removeAll();
		for (IntegrationCard card : List.of(this.zoomCard, this.jitsiCard, this.mailCard,
				build.signingKey(overview.signingKey()), build.storage(overview.storage()),
				build.quartz(overview.quartz()), build.database(overview.database()))) {
			this.cards.add(card);
		}
	}

	/** Runs a test, then shows every status again with the test's result on its card. */
	private void onTest(Button button, Supplier<IntegrationCard> card, Supplier<IntegrationTestResult> test) {
		button.setDisableOnClick(true);
		button.addClickListener(click -> {
			IntegrationTestResult result;
			try {
				result = test.get();
			}
			catch (UserFacingException ex) {
				result = new IntegrationTestResult(false, getTranslation(ex.messageKey(), ex.arguments()));
			}
			finally {
				button.setEnabled(true);
			}
			refresh();
			card.get().showResult(result.success(), result.message());
		});
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "integrations.title");
	}

}
