package jp.enishi.talent;

import java.util.List;

/**
 * How complete a profile is: a percentage and what is still missing, as label keys ({@code talent.field.<name>}),
 * so the page can say exactly what to add.
 */
public record Completeness(int percent, List<String> missing) {

    public Completeness {
        missing = List.copyOf(missing);
    }
}
