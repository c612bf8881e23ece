/**
 * Extension points every capability may implement and only their owners call ({@link jp.enishi.base.spi.PersonalData}).
 * A named interface of {@code base}; views may not use it (ArchitectureTest).
 */
@NullMarked
@NamedInterface("spi")
package jp.enishi.base.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
