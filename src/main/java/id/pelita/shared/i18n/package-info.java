/** Types here are non-null unless marked {@code @Nullable} (JSpecify, checked by NullAway). */
@NullMarked
package id.pelita.shared.i18n;

import org.jspecify.annotations.NullMarked;
