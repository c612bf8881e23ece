package jp.enishi.project.ui;

import com.vaadin.flow.component.Component;
import jp.enishi.project.BoardCard;
import org.springframework.modulith.NamedInterface;

/**
 * What another capability offers under each role on a public project page — selection's "応募する". The page knows
 * this interface, not the capability, so dependencies point one way.
 */
@NamedInterface("ui")
public interface RoleActions {

    Component forRole(BoardCard card, int rolePosition);
}
