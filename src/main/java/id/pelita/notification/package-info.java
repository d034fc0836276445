/**
 * Everything the platform tells people: the outbox (written by {@code internal.OutboxWriter} in the transaction of
 * the change), its delivery by e-mail with retries (the Quartz job {@code outbox-delivery}), the message templates
 * in Indonesian and English, the in-app notice centre and its bell ({@link id.pelita.notification.NoticeService}),
 * each person's choice of e-mails ({@link id.pelita.notification.NotificationPreferences}), the administrator's
 * outbox ({@link id.pelita.notification.OutboxAdministration}), session reminders and iCalendar invitations, and
 * the coordinators' messages (the monthly agency digest reads JP through its {@link id.pelita.notification.JpTotals}
 * port, which the reporting module implements). It listens to the other modules' events and publishes none; it adds the bell to the header
 * ({@code shared.ui.HeaderWidget}) and its preferences to the profile ({@code identity.ProfileSection}).
 */
@ApplicationModule(allowedDependencies = { "shared", "enrolment", "liveclass", "certificate", "identity" })
@NullMarked
package id.pelita.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
