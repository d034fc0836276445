/** Types here are non-null unless marked {@code @Nullable} (JSpecify, checked by NullAway). */
@NullMarked
package id.pelita.operations.internal.backup;

import org.jspecify.annotations.NullMarked;
