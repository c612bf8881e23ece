package jp.enishi.project.ui;

import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import jp.enishi.base.Dates;
import jp.enishi.project.ProjectStatus;
import jp.enishi.project.SpecSheet;
import org.jspecify.annotations.Nullable;

/** How projects' values read on screen, in the viewer's language: statuses, pay in yen, workload, period. */
final class ProjectLabels {

    private ProjectLabels() {
    }

    /** 「長野県 · 塩尻市」; a prefecture's own workspace only once: 「鳥取県」. */
    static String where(jp.enishi.workspace.WorkspaceSummary workspace, Locale locale) {
        String prefecture = workspace.prefecture().displayName(locale);
        String name = workspace.name(locale);
        return name.equals(prefecture) || name.startsWith(prefecture + " ") ? name : prefecture + " · " + name;
    }

    static String status(Component c, ProjectStatus status) {
        return c.getTranslation("project.status." + status.name());
    }

    static String of(Component c, String prefix, @Nullable Enum<?> value) {
        return value == null ? "" : c.getTranslation(prefix + value.name());
    }

    /** 「月 30,000〜50,000円」 / "¥30,000–50,000 a month"; empty when no pay is set. */
    static String pay(Component c, SpecSheet.Conditions conditions) {
        Integer min = conditions.payMin();
        Integer max = conditions.payMax();
        if (min == null && max == null) {
            return "";
        }
        NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
        String range = min != null && max != null && !min.equals(max)
                ? c.getTranslation("project.pay.range", yen.format(min), yen.format(max))
                : c.getTranslation("project.pay.single", yen.format(max != null ? max : min));
        return range;
    }

    static String days(Component c, @Nullable Integer days) {
        return days == null ? "" : c.getTranslation("project.days", days);
    }

    static String period(Component c, @Nullable Integer months) {
        return months == null ? "" : c.getTranslation("project.period", months);
    }

    static String deadline(Component c, SpecSheet.Conditions conditions, Locale locale) {
        return conditions.deadline() == null ? "" : Dates.date(conditions.deadline(), locale);
    }
}
