/** The reporting module's pages and dashboard cards. */
@NullMarked
package id.pelita.reporting.ui;

import org.jspecify.annotations.NullMarked;
