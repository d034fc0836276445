package id.pelita.notification.ui;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.pelita.notification.OutboxAdministration;
import id.pelita.notification.OutboxFilter;
import id.pelita.notification.OutboxMessage;
import id.pelita.notification.OutboxStatus;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.SearchField;
import id.pelita.shared.ui.AddressFilters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The administrator's outbox ({@code /admin/outbox}): how many messages wait, were sent, skipped or failed; the
 * messages themselves with attempts, next attempt and last error, filtered by status, message type and recipient
 * (kept in the URL: {@code ?status=FAILED&template=...&recipient=...}); "send now" for a failed or waiting message,
 * and a preview of any.
 */
@Route("admin/outbox")
@Menu(title = "menu.outbox", icon = "vaadin:envelopes-o", order = 84)
@RolesAllowed(Role.ADMIN_NAME)
class OutboxAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "admin/outbox";

	private final transient OutboxAdministration outbox;

	final Map<OutboxStatus, Button> counts = new LinkedHashMap<>();

	final ComboBox<OutboxStatus> status = new ComboBox<>();

	final ComboBox<String> template = new ComboBox<>();

	final SearchField recipient = new SearchField();

	final Grid<OutboxMessage> grid = new Grid<>();

	final Span empty = new Span();

	private boolean entering;

	OutboxAdminView(OutboxAdministration outbox) {
		this.outbox = outbox;
		addClassName("page");
		setSizeFull();
		Div summary = new Div();
		summary.addClassName("outbox-counts");
		for (OutboxStatus state : OutboxStatus.values()) {
			Button count = new Button();
			count.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			count.addClassName("chip");
			count.addClickListener(click -> this.status.setValue(state));
			this.counts.put(state, count);
			summary.add(count);
		}
		this.status.setLabel(getTranslation("outbox.filter.status"));
		this.status.setPlaceholder(getTranslation("outbox.filter.allStatuses"));
		this.status.setItems(OutboxStatus.values());
		this.status.setItemLabelGenerator(state -> getTranslation(state.labelKey()));
		this.status.setClearButtonVisible(true);
		this.status.addValueChangeListener(change -> filterChanged());
		this.template.setLabel(getTranslation("outbox.filter.template"));
		this.template.setPlaceholder(getTranslation("outbox.filter.allTemplates"));
		this.template.setItems(outbox.templates());
		this.template.setClearButtonVisible(true);
		this.template.addValueChangeListener(change -> filterChanged());
		this.recipient.setLabel(getTranslation("outbox.filter.recipient"));
		this.recipient.setHelperText(getTranslation("outbox.filter.recipient.help"));
		this.recipient.addValueChangeListener(change -> filterChanged());
		this.empty.setText(getTranslation("outbox.empty"));
		this.empty.addClassName("empty-state");
		configureGrid();
		HorizontalLayout filters = new HorizontalLayout(this.status, this.template, this.recipient);
		filters.setWrap(true);
		add(new H2(getTranslation("outbox.title")), summary, filters, this.empty, this.grid);
		showCounts();
	}

	private void configureGrid() {
		this.grid.addColumn(OutboxMessage::id).setHeader(getTranslation("outbox.column.id")).setAutoWidth(true);
		this.grid.addColumn(this::recipientOf).setHeader(getTranslation("outbox.column.recipient")).setFlexGrow(2);
		this.grid.addColumn(OutboxMessage::template).setHeader(getTranslation("outbox.column.template"));
		this.grid.addComponentColumn(message -> {
			Span chip = new Span(getTranslation(message.status().labelKey()));
			chip.addClassNames("chip", "outbox-" + message.status().name().toLowerCase(Locale.ROOT));
			return chip;
		}).setHeader(getTranslation("outbox.column.status")).setAutoWidth(true);
		this.grid.addColumn(OutboxMessage::attempts).setHeader(getTranslation("outbox.column.attempts")).setAutoWidth(true);
		this.grid.addColumn(message -> message.status() == OutboxStatus.PENDING ? when(message.nextAttemptAt()) : "")
			.setHeader(getTranslation("outbox.column.nextAttempt"));
		this.grid.addColumn(message -> message.lastError() == null ? "" : message.lastError())
			.setHeader(getTranslation("outbox.column.lastError"))
			.setFlexGrow(3);
		this.grid.addColumn(message -> when(message.createdAt())).setHeader(getTranslation("outbox.column.created"));
		this.grid.addColumn(message -> when(message.sentAt())).setHeader(getTranslation("outbox.column.sent"));
		this.grid.addComponentColumn(this::actions).setHeader(getTranslation("outbox.column.actions")).setAutoWidth(true);
		this.grid.setItems(query -> this.outbox.messages(filter(), query.getOffset(), query.getLimit()).stream(),
				query -> (int) Math.min(Integer.MAX_VALUE, this.outbox.count(filter())));
		this.grid.setSizeFull();
	}

	private HorizontalLayout actions(OutboxMessage message) {
		HorizontalLayout actions = new HorizontalLayout();
		if (message.status() == OutboxStatus.FAILED || message.status() == OutboxStatus.PENDING) {
			Button retry = new Button(getTranslation("outbox.retry"), click -> retry(message));
			retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
			actions.add(retry);
		}
		Button preview = new Button(getTranslation("outbox.preview"), click -> preview(message));
		preview.addThemeVariants(ButtonVariant.LUMO_SMALL);
		actions.add(preview);
		return actions;
	}

	private void retry(OutboxMessage message) {
		try {
			this.outbox.retryNow(message.id());
			Notices.success("outbox.retried", message.id());
			refresh();
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	private void preview(OutboxMessage message) {
		try {
			new MessagePreviewDialog(this.outbox.preview(message.id())).open();
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	private String recipientOf(OutboxMessage message) {
		if (message.email() != null) {
			return message.email();
		}
		return message.accountId() == null ? "" : getTranslation("outbox.account", message.accountId());
	}

	private String when(@Nullable Instant instant) {
		return instant == null ? "" : IndonesianTime.dateTime(instant, UserContext.zone(), UserContext.locale());
	}

	OutboxFilter filter() {
		return new OutboxFilter(this.status.getValue(), this.template.getValue(), this.recipient.getValue());
	}

	private void filterChanged() {
		refresh();
		if (this.entering) {
			return;
		}
		filters().write(this);
	}

	/** The filter as the URL keeps it. */
	AddressFilters filters() {
		return AddressFilters.of(ROUTE)
			.with("status", this.status.getValue() == null ? null : this.status.getValue().name())
			.with("template", this.template.getValue())
			.with("recipient", this.recipient.getValue());
	}

	private void refresh() {
		this.grid.getDataProvider().refreshAll();
		this.empty.setVisible(this.outbox.count(filter()) == 0);
		showCounts();
	}

	private void showCounts() {
		Map<OutboxStatus, Long> byStatus = this.outbox.counts();
		this.counts.forEach((state, button) -> button
			.setText(getTranslation(state.labelKey()) + ": " + byStatus.getOrDefault(state, 0L)));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		this.entering = true;
		try {
			this.status.setValue(parameters.getSingleParameter("status")
				.flatMap(name -> Arrays.stream(OutboxStatus.values()).filter(s -> s.name().equals(name)).findFirst())
				.orElse(null));
			this.template.setValue(parameters.getSingleParameter("template")
				.filter(name -> this.outbox.templates().contains(name))
				.orElse(null));
			this.recipient.setValue(parameters.getSingleParameter("recipient").orElse(""));
		}
		finally {
			this.entering = false;
		}
		refresh();
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "outbox.title");
	}

}
