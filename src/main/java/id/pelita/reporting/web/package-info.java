/** The reporting module's REST API for agency HR systems. */
@NullMarked
package id.pelita.reporting.web;

import org.jspecify.annotations.NullMarked;
