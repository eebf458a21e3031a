package dev.coroscope.app.lessons;

import dev.coroscope.lessons.format.Markdown;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Renders a lesson's text (the {@link Markdown} subset) as JavaFX nodes styled only by the
 * {@link LessonStyles} classes, so the theme's tokens and the window's zoom apply: headings and
 * paragraphs are text flows that wrap to the pane's width, inline code, bold and italic are styled
 * text runs, lists are rows of a marker and a flow, code blocks are monospaced boxes.
 */
public final class LessonTextView {

    private LessonTextView() {
    }

    /** The nodes of {@code doc}, one per block, in a vertical box. */
    public static VBox render(Markdown.Document doc) {
        return render(doc, false);
    }

    /**
     * The nodes of {@code doc} in a vertical box, without its title (a level-1 heading as its first
     * block) if {@code withoutTitle}: the pane shows the title above the scrolling text.
     */
    public static VBox render(Markdown.Document doc, boolean withoutTitle) {
        VBox box = new VBox();
        box.getStyleClass().add(LessonStyles.LESSON_TEXT);
        List<Markdown.Block> blocks = doc.blocks();
        int from = withoutTitle && hasTitle(doc) ? 1 : 0;
        for (Markdown.Block block : blocks.subList(from, blocks.size())) {
            box.getChildren().add(block(block));
        }
        return box;
    }

    /** The title of {@code doc} (its first block if that is a level-1 heading) as a flow, or null. */
    public static TextFlow title(Markdown.Document doc) {
        return hasTitle(doc) ? flow(((Markdown.Heading) doc.blocks().get(0)).text(), LessonStyles.LESSON_H1) : null;
    }

    private static boolean hasTitle(Markdown.Document doc) {
        return !doc.blocks().isEmpty() && doc.blocks().get(0) instanceof Markdown.Heading h && h.level() == 1;
    }

    private static Node block(Markdown.Block block) {
        if (block instanceof Markdown.Heading h) {
            return flow(h.text(), h.level() == 1 ? LessonStyles.LESSON_H1 : LessonStyles.LESSON_H2);
        }
        if (block instanceof Markdown.Paragraph p) {
            return flow(p.text(), LessonStyles.LESSON_PARAGRAPH);
        }
        if (block instanceof Markdown.CodeBlock c) {
            Label code = new Label(c.code());
            code.getStyleClass().add(LessonStyles.LESSON_CODE_BLOCK);
            code.setWrapText(true);
            code.setMaxWidth(Double.MAX_VALUE);
            code.setMinHeight(Label.USE_PREF_SIZE);
            return code;
        }
        if (block instanceof Markdown.BulletList b) {
            List<String> markers = new ArrayList<>();
            b.items().forEach(i -> markers.add("\u2022"));
            return list(markers, b.items());
        }
        Markdown.NumberedList n = (Markdown.NumberedList) block;
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < n.items().size(); i++) {
            markers.add((n.start() + i) + ".");
        }
        return list(markers, n.items());
    }

    private static Node list(List<String> markers, List<List<Markdown.Inline>> items) {
        VBox list = new VBox();
        list.getStyleClass().add(LessonStyles.LESSON_LIST);
        for (int i = 0; i < items.size(); i++) {
            Label marker = new Label(markers.get(i));
            marker.getStyleClass().add(LessonStyles.LESSON_MARKER);
            marker.setMinWidth(Label.USE_PREF_SIZE);
            TextFlow text = flow(items.get(i), LessonStyles.LESSON_PARAGRAPH);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(marker, text);
            row.getStyleClass().add(LessonStyles.LESSON_LIST);
            list.getChildren().add(row);
        }
        return list;
    }

    /** A text flow of inline spans; {@code styleClass} is the block's class. */
    static TextFlow flow(List<Markdown.Inline> spans, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (Markdown.Inline span : spans) {
            addSpan(flow, span, List.of());
        }
        return flow;
    }

    private static void addSpan(TextFlow flow, Markdown.Inline span, List<String> outer) {
        if (span instanceof Markdown.Text t) {
            flow.getChildren().add(text(t.text(), outer, LessonStyles.LESSON_PLAIN));
        } else if (span instanceof Markdown.Code c) {
            flow.getChildren().add(text(codeSpan(c.code()), outer, LessonStyles.LESSON_CODE));
        } else if (span instanceof Markdown.Strong s) {
            for (Markdown.Inline inner : s.content()) {
                addSpan(flow, inner, with(outer, LessonStyles.LESSON_STRONG));
            }
        } else if (span instanceof Markdown.Emphasis e) {
            for (Markdown.Inline inner : e.content()) {
                addSpan(flow, inner, with(outer, LessonStyles.LESSON_EMPHASIS));
            }
        }
    }

    /**
     * An inline code span as shown: non-breaking spaces keep {@code async def} on one line, and a
     * dotted name may break only after a dot ({@code loop.} / {@code create_future()}), never inside
     * a name, which the narrow lesson pane did ("loop.create_futu" / "re()").
     */
    static String codeSpan(String code) {
        return LineBreaks.inCode(code).replace(' ', '\u00a0');
    }

    private static Text text(String content, List<String> outer, String own) {
        Text t = new Text(content);
        t.getStyleClass().add(own);
        t.getStyleClass().addAll(outer);
        return t;
    }

    private static List<String> with(List<String> outer, String styleClass) {
        List<String> all = new ArrayList<>(outer);
        all.add(styleClass);
        return all;
    }
}
