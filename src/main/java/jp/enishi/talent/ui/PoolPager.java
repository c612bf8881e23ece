package jp.enishi.talent.ui;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.enishi.talent.PoolQuery;

/** 「1–20件 / 1,234件」 with the previous and next page: a pool is read a page at a time, never whole. */
class PoolPager extends Div {

    PoolPager(int page, long total, IntConsumer go) {
        long first = total == 0 ? 0 : (long) (page - 1) * PoolQuery.PAGE + 1;
        long last = Math.min(total, (long) page * PoolQuery.PAGE);
        Span count = new Span(getTranslation("pool.count", first, last, total));
        count.setId("pool-count");
        Button previous = new Button(getTranslation("pool.previous"), e -> go.accept(page - 1));
        previous.setEnabled(page > 1);
        previous.setId("pool-previous");
        Button next = new Button(getTranslation("pool.next"), e -> go.accept(page + 1));
        next.setEnabled(last < total);
        next.setId("pool-next");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(count, previous, next);
        addClassName("enishi-inline-form");
    }

    /** The page asked for in the address, 1 to the last one a search may page to. */
    static int page(com.vaadin.flow.router.QueryParameters params) {
        int max = 10_000 / PoolQuery.PAGE;
        return params.getSingleParameter("page").flatMap(jp.enishi.base.ui.AddressValues::intValue)
                .map(p -> Math.clamp(p, 1, max)).orElse(1);
    }
}
