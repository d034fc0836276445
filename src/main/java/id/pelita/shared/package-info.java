/**
 * The shared kernel: application shell and layout, security configuration, translations, time display and the
 * value types every module uses ({@link id.pelita.shared.Nip}, {@link id.pelita.shared.JamPelajaran}). It depends
 * on no other module; every module may use it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package id.pelita.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
