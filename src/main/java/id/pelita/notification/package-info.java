/**
 * Everything the platform tells people: the outbox, e-mail, the in-app notice centre, session reminders and
 * iCalendar invitations. It listens to the other modules' events and publishes none.
 */
@ApplicationModule(allowedDependencies = { "shared", "enrolment", "liveclass", "certificate", "identity" })
package id.pelita.notification;

import org.springframework.modulith.ApplicationModule;
