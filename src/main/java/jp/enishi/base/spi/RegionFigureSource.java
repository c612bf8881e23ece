package jp.enishi.base.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jp.enishi.base.RegionFigure;

/**
 * A capability's counts for the consortium's regions side by side: for each figure it owns, the count per
 * workspace id within {@code [from, to)} — or, for a state such as a pool's size, as it stood at {@code to}. One
 * grouped query per figure, whatever the number of workspaces; workspaces with none may be left out.
 */
public interface RegionFigureSource {

    Set<RegionFigure> figures();

    Map<RegionFigure, Map<Long, Long>> count(Instant from, Instant to);
}
