package dev.coroscope.app.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * A {@code CodeArea} whose current-line highlight is styled from CSS. RichTextFX's line
 * highlighter takes its fill only from code; this class adds the CSS property
 * {@code -cs-current-line-fill} and passes its value on, so the colour stays a theme token.
 * The highlighter is a shape behind the text, so restyling the text never removes it.
 */
final class PythonCodeArea extends CodeArea {

    private static final CssMetaData<PythonCodeArea, Paint> CURRENT_LINE_FILL =
            new CssMetaData<>("-cs-current-line-fill", StyleConverter.getPaintConverter(), Color.TRANSPARENT) {
                @Override
                public boolean isSettable(PythonCodeArea area) {
                    return !area.currentLineFill.isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(PythonCodeArea area) {
                    return area.currentLineFill;
                }
            };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(GenericStyledArea.getClassCssMetaData());
        all.add(CURRENT_LINE_FILL);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private final StyleableObjectProperty<Paint> currentLineFill =
            new SimpleStyleableObjectProperty<>(CURRENT_LINE_FILL, this, "currentLineFill", Color.TRANSPARENT);

    PythonCodeArea() {
        setLineHighlighterFill(currentLineFill.get());
        setLineHighlighterOn(true);
        currentLineFill.addListener((obs, old, fill) -> setLineHighlighterFill(fill));
    }

    /** The fill of the current-line highlight, as the stylesheet set it. */
    Paint getCurrentLineFill() {
        return currentLineFill.get();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }
}
