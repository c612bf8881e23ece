package jp.enishi.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part another capability adds to a workspace's home page for those it concerns (e.g. undelivered e-mails for its
 * admins); empty when there is nothing to show this caller.
 */
public interface WorkspaceHomeSection {

    Optional<Component> create(String workspaceSlug, boolean admin);
}
