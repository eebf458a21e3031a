package dev.coroscope.app.board;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * A task card's first line: the task's badge and name at the left, its state (icon and word) at the
 * right. The state is the most important thing on a card, so it is always shown whole: where badge,
 * name and state do not fit one line, the state moves to a line of its own under the name; where
 * the name alone is wider than the card, the name gives way to an ellipsis (the badge still names
 * the task). Never the state word.
 *
 * <p>Invariant: the state node is laid out at its preferred width, whatever the header's width
 * (the card's minimum width in the stylesheet is wider than the longest state).
 */
final class CardHeader extends Pane {
    private final Node badge;
    private final Label name;
    private final Node state;

    CardHeader(Node badge, Label name, Node state) {
        this.badge = badge;
        this.name = name;
        this.state = state;
        getChildren().addAll(badge, name, state);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** The gap between the parts, in pixels: a fifth of the state's height, so it follows the zoom. */
    private double gap() {
        return Math.round(state.prefHeight(-1) * 0.2);
    }

    private double width(Node n) {
        return n.isManaged() ? n.prefWidth(-1) : 0;
    }

    private double height(Node n) {
        return n.isManaged() ? n.prefHeight(-1) : 0;
    }

    /** Badge and name, with the gap between them when both show. */
    private double identityWidth() {
        double b = width(badge);
        double n = width(name);
        return b + n + (b > 0 && n > 0 ? gap() : 0);
    }

    private boolean oneLine(double inner) {
        double identity = identityWidth();
        return identity + (identity > 0 ? gap() : 0) + state.prefWidth(-1) <= inner;
    }

    private double identityHeight() {
        return Math.max(height(badge), height(name));
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.max(width(badge), state.prefWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        double identity = identityWidth();
        return snappedLeftInset() + snappedRightInset() + identity + (identity > 0 ? gap() : 0) + state.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        double h = oneLine(inner)
                ? Math.max(identityHeight(), state.prefHeight(-1))
                : identityHeight() + gap() + state.prefHeight(-1);
        return snappedTopInset() + snappedBottomInset() + h;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double inner = getWidth() - left - snappedRightInset();
        double stateW = state.prefWidth(-1);
        double stateH = state.prefHeight(-1);
        boolean one = oneLine(inner);
        double lineH = one ? Math.max(identityHeight(), stateH) : identityHeight();
        double x = left;
        if (badge.isManaged()) {
            double w = width(badge);
            double h = height(badge);
            badge.resizeRelocate(x, top + Math.round((lineH - h) / 2), w, h);
            x += w + gap();
        }
        if (name.isManaged()) {
            // Only a name wider than the whole line is cut: then it ends in an ellipsis.
            double room = one ? inner - (x - left) - gap() - stateW : inner - (x - left);
            double w = Math.max(0, Math.min(width(name), room));
            double h = height(name);
            name.resizeRelocate(x, top + Math.round((lineH - h) / 2), w, h);
        }
        if (one) {
            state.resizeRelocate(left + inner - stateW, top + Math.round((lineH - stateH) / 2), stateW, stateH);
        } else {
            state.resizeRelocate(left, top + lineH + gap(), stateW, stateH);
        }
    }
}
