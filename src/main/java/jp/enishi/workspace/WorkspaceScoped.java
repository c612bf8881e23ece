package jp.enishi.workspace;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service whose every public method takes a {@code workspaceSlug} and decides, itself, whether the caller
 * is a member with the right role. The isolation probe (IsolationProbeTest) calls every public method of every such
 * service as a member of another workspace and fails on any success.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WorkspaceScoped {
}
