package dev.coroscope.app.board;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Lays task cards out in equal columns that fill the width: as many columns as fit cards of their
 * minimum width (from the stylesheet, in em, so zoom keeps working), each card as wide as its
 * column and as tall as it needs at that width; rows as tall as their tallest card. So a narrow
 * stage still shows two columns of slimmer cards instead of one column of wide ones with empty
 * space beside them, and a wide one has no ragged gap at the right. The gap between cards is a
 * fraction of the minimum width (it scales with zoom too).
 */
final class CardGrid extends Pane {
    /** The gap between cards, as a fraction of a card's minimum width. */
    private static final double GAP = 0.04;

    /** Runs after every layout pass, once the cards have their places (the board's scrolling). */
    private Runnable afterLayout = () -> { };

    CardGrid() {
        // Cards are added and removed by the board; nothing else lives here.
    }

    void setAfterLayout(Runnable action) {
        afterLayout = action;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double cardMin() {
        double min = 0;
        for (Node n : getManagedChildren()) {
            min = Math.max(min, n.minWidth(-1));
        }
        return Math.max(min, 40);
    }

    private int columns(double inner, double min) {
        double gap = Math.round(min * GAP);
        return Math.max(1, (int) Math.floor((inner + gap) / (min + gap)));
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + cardMin();
    }

    @Override
    protected double computePrefWidth(double height) {
        double min = cardMin();
        int n = Math.max(1, Math.min(2, getManagedChildren().size()));
        return snappedLeftInset() + snappedRightInset() + n * min + (n - 1) * Math.round(min * GAP);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + snappedBottomInset() + place(inner, false);
    }

    @Override
    protected void layoutChildren() {
        place(getWidth() - snappedLeftInset() - snappedRightInset(), true);
        afterLayout.run();
    }

    /**
     * A card's height at {@code width}. Compact cards (a crowded board, up to hundreds of them)
     * take their cached preferred height: their few short lines do not wrap, and asking every card
     * for its height at a width costs a full computation each time, at every pulse while playing.
     */
    private static double height(Node card, double width) {
        if (card instanceof TaskCard t && t.compactProperty().get()) {
            return card.prefHeight(-1);
        }
        return card.prefHeight(width);
    }

    /** Lays the cards out (when {@code apply}) at {@code inner} width; returns the height they take. */
    private double place(double inner, boolean apply) {
        List<Node> cards = getManagedChildren();
        if (cards.isEmpty()) {
            return 0;
        }
        double min = cardMin();
        double gap = Math.round(min * GAP);
        int cols = columns(inner, min);
        double colW = Math.floor(Math.max(min, (inner - gap * (cols - 1)) / cols));
        double y = snappedTopInset();
        double top = y;
        double[] heights = new double[cards.size()];
        for (int start = 0; start < cards.size(); start += cols) {
            int end = Math.min(cards.size(), start + cols);
            double rowH = 0;
            for (int i = start; i < end; i++) {
                heights[i] = Math.ceil(height(cards.get(i), colW));
                rowH = Math.max(rowH, heights[i]);
            }
            if (apply) {
                double x = snappedLeftInset();
                for (int i = start; i < end; i++) {
                    cards.get(i).resizeRelocate(x, y, colW, heights[i]);
                    x += colW + gap;
                }
            }
            y += rowH + (end < cards.size() ? gap : 0);
        }
        return y - top;
    }
}
