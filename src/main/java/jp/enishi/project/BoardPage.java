package jp.enishi.project;

import java.util.List;

/** One page of the board's answer, and how many projects match in all. */
public record BoardPage(List<BoardCard> cards, long total) {

    public BoardPage {
        cards = List.copyOf(cards);
    }
}
