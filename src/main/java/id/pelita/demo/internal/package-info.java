/** The demo data's bulk writes: a year of history written in SQL, so that the embedded default starts quickly. */
@NullMarked
package id.pelita.demo.internal;

import org.jspecify.annotations.NullMarked;
