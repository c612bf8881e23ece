/**
 * What other capabilities' services need of projects to address and name them — ports that take raw ids and
 * trust their caller to have decided access. A named interface, so a module may use it; views may not
 * (ArchitectureTest): a screen always goes through a workspace-scoped service.
 */
@NullMarked
@NamedInterface("spi")
package jp.enishi.project.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
