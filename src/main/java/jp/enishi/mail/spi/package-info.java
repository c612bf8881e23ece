/**
 * Queuing e-mail for other capabilities — a port that takes raw ids and trusts its caller to have decided
 * access. A named interface, so a module may use it; views may not (ArchitectureTest): a screen always goes
 * through a workspace-scoped service.
 */
@NullMarked
@NamedInterface("spi")
package jp.enishi.mail.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
