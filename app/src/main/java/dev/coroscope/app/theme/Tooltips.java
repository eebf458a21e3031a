package dev.coroscope.app.theme;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first enters their node: a tooltip is a popup window with its own
 * scene and styles, and making a dozen of them would lengthen start-up for hints most people never
 * see.
 */
public final class Tooltips {
    private Tooltips() {
    }

    /** Shows {@code text} as {@code node}'s tooltip, made on first hover. */
    public static void install(Node node, String text) {
        EventHandler<MouseEvent> first = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, new Tooltip(text));
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, first);
    }
}
