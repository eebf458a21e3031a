/**
 * Look and feel: the style-class names every view uses ({@link dev.coroscope.app.theme.StyleClasses})
 * and the themes, whose stylesheets live in the {@code assets} module ({@link dev.coroscope.app.theme.Theme}).
 * Colours never appear here: they are looked-up tokens on {@code .root} in the theme's stylesheet.
 */
package dev.coroscope.app.theme;
