package dev.coroscope.app.theme;

import javafx.scene.layout.Region;

/**
 * Small icons drawn by the stylesheet ({@code -fx-shape} on a region, filled with a theme token),
 * so they look the same on every machine whatever its fonts. Each is a style class with a rule in
 * {@code coroscope.css}.
 */
public final class Icons {
    private Icons() {
    }

    /** A region showing the icon {@code styleClass} (one of the {@code ICON_*} names in {@link StyleClasses}). */
    public static Region icon(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll(StyleClasses.ICON, styleClass);
        return r;
    }
}
