package dev.coroscope.app.lessons;

import dev.coroscope.lessons.Lesson;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * The lesson pane at the left of the window, bound to a {@link LessonBrowserViewModel} and a
 * {@link PredictViewModel}. Top: "Lessons" (shows the list of all lessons with progress instead of
 * the text), Previous and Next. Then the lesson's position and title, always whole. Middle: the
 * lesson's text with its questions listed under it (status and "Ask again"), or the list; it takes
 * the height left, down to none. Bottom: what the editor shows if not the example, Reset example,
 * why questions wait, a failure to keep the learner's work, and the question card; it scrolls when
 * it is taller than the pane, keeping the focused button in view.
 */
public final class LessonPaneView {
    private final LessonBrowserViewModel browser;
    private final PredictViewModel predict;
    private final VBox pane = new VBox();
    private final ScrollPane textScroll = new ScrollPane();
    private final VBox textBox = new VBox();
    /** The position and the lesson's title, above the scrolling text so that they are never cut. */
    private final VBox titleBox = new VBox();
    private final VBox questionList = new VBox();
    /** The lessons' list, made the first time it is shown: start-up need not build it. */
    private ListView<LessonItem> list;
    private final StackPane body = new StackPane();
    private final ToggleButton lessonsButton = new ToggleButton("\u2630 Lessons");
    private final Button previous = new Button("\u25c0");
    private final Button next = new Button("\u25b6");
    private final Button hide = new Button("\u00ab Hide");
    private final Button reset = new Button("Reset example");
    private final Button back = new Button("Back to the example");
    private final QuestionCardView card;
    private final Label position = new Label();

    public LessonPaneView(LessonBrowserViewModel browser, PredictViewModel predict, ReadOnlyStringProperty keepProblem) {
        this.browser = browser;
        this.predict = predict;
        this.card = new QuestionCardView(predict);
        pane.getStyleClass().add(LessonStyles.LESSON_PANE);
        pane.setMinWidth(0);

        // The position heads the lesson's text, not the header row: the header must fit the pane at
        // its narrowest default width (about 260 px at 1440) without clipping.
        position.getStyleClass().add(LessonStyles.LESSON_POSITION);
        position.textProperty().bind(browser.positionProperty());
        for (ButtonBase b : new ButtonBase[] {lessonsButton, previous, next, hide, reset, back}) {
            b.getStyleClass().add(LessonStyles.LESSON_BUTTON);
            b.setMinWidth(ButtonBase.USE_PREF_SIZE);
        }
        previous.setTooltip(new Tooltip("Previous lesson (Ctrl+Page Up)"));
        next.setTooltip(new Tooltip("Next lesson (Ctrl+Page Down)"));
        lessonsButton.setTooltip(new Tooltip("All lessons, with your progress (Ctrl+L)"));
        hide.setTooltip(new Tooltip("Hide the lesson to give the code more room (Ctrl+Shift+L shows it again)"));
        lessonsButton.selectedProperty().bindBidirectional(browser.showingListProperty());
        previous.disableProperty().bind(browser.hasPreviousProperty().not());
        next.disableProperty().bind(browser.hasNextProperty().not());
        previous.setOnAction(e -> browser.previous());
        next.setOnAction(e -> browser.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(lessonsButton, spacer, previous, next);
        header.getStyleClass().add(LessonStyles.LESSON_HEADER);

        textScroll.setContent(textBox);
        textScroll.setFitToWidth(true);
        textScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        questionList.getStyleClass().add(LessonStyles.QUESTION_LIST);
        body.getChildren().add(textScroll);
        // The text takes the room the footer leaves, down to none: a tall question card in a short
        // pane squeezed the text to a strip that cut the title in half (1440x900, lesson 1).
        body.setMinHeight(0);
        body.setPrefHeight(0);
        textScroll.setMinHeight(0);
        VBox.setVgrow(body, Priority.ALWAYS);
        titleBox.getStyleClass().add(LessonStyles.LESSON_TITLE);
        titleBox.setMinHeight(Region.USE_PREF_SIZE);
        titleBox.visibleProperty().bind(browser.showingListProperty().not());
        titleBox.managedProperty().bind(titleBox.visibleProperty());
        textScroll.visibleProperty().bind(browser.showingListProperty().not());
        browser.showingListProperty().addListener((obs, old, now) -> {
            if (now) {
                ListView<LessonItem> l = list();
                Lesson shown = browser.getLesson();
                browser.items().stream().filter(i -> i.lesson() == shown).findFirst().ifPresent(i -> {
                    l.getSelectionModel().select(i);
                    l.scrollTo(i);
                });
                l.requestFocus();
            }
        });
        if (browser.showingListProperty().get()) {
            list();
        }

        Label editorNote = note(browser.editorNoteProperty(), LessonStyles.LESSON_NOTE);
        back.setOnAction(e -> browser.backToLesson());
        back.visibleProperty().bind(browser.editorNoteProperty().isNotEmpty());
        back.managedProperty().bind(back.visibleProperty());
        reset.setOnAction(e -> browser.resetExample());
        reset.disableProperty().bind(browser.lessonInEditorProperty().and(browser.editedProperty().not()));
        Label edited = new Label("You edited the example; your version is kept.");
        edited.getStyleClass().add(LessonStyles.LESSON_NOTE);
        edited.setWrapText(true);
        edited.setMinHeight(Label.USE_PREF_SIZE);
        edited.visibleProperty().bind(browser.editedProperty());
        edited.managedProperty().bind(edited.visibleProperty());
        Label predictNote = note(predict.noteProperty(), LessonStyles.LESSON_NOTE);
        Label problem = note(keepProblem, LessonStyles.LESSON_WARNING);
        // A flow, not a row: at the pane's default width (about 230 px) "« Hide" goes under
        // "Reset example" instead of past the pane's edge; "Back to the example" has a row of its own.
        FlowPane actions = new FlowPane(reset, hide);
        actions.getStyleClass().add(LessonStyles.LESSON_ACTIONS);
        VBox footer = new VBox(editorNote, back, actions, edited, predictNote, problem, card.node());
        footer.getStyleClass().add(LessonStyles.LESSON_LIST);
        // Taller than the pane (a long question at a small window): it scrolls rather than cut
        // its last buttons or the title.
        ScrollPane footerScroll = new FooterScroll(footer);
        footerScroll.setFitToWidth(true);
        footerScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        footerScroll.setMinHeight(0);

        pane.getChildren().setAll(header, titleBox, body, footerScroll);
        browser.lessonProperty().addListener((obs, old, now) -> showLesson(now));
        predict.questions().addListener((ListChangeListener<QuestionItem>) c -> showQuestions());
        showLesson(browser.getLesson());
    }

    public Node node() {
        return pane;
    }

    /** The box of the lesson's position and title, above its text (for tests). */
    public VBox titleBox() {
        return titleBox;
    }

    /** The lesson text's box (for tests). */
    public VBox textBox() {
        return textBox;
    }

    /** The list of all lessons (made now if it was not yet). */
    public ListView<LessonItem> list() {
        if (list == null) {
            list = buildList();
        }
        return list;
    }

    private ListView<LessonItem> buildList() {
        ListView<LessonItem> l = new ListView<>();
        l.getStyleClass().add(LessonStyles.LESSON_BROWSER);
        l.setItems(browser.items());
        l.setCellFactory(v -> new LessonCell());
        for (LessonItem item : browser.items()) {
            item.currentProperty().addListener((obs, old, now) -> l.refresh());
            item.statusProperty().addListener((obs, old, now) -> l.refresh());
            item.editedProperty().addListener((obs, old, now) -> l.refresh());
        }
        l.setOnMouseClicked(e -> openSelected());
        l.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                openSelected();
                e.consume();
            }
        });
        l.visibleProperty().bind(browser.showingListProperty());
        body.getChildren().add(l);
        return l;
    }

    public QuestionCardView card() {
        return card;
    }

    public Button resetButton() {
        return reset;
    }

    /** The button that hides the whole pane (the window's owner decides how). */
    public Button hideButton() {
        return hide;
    }

    private void openSelected() {
        LessonItem item = list().getSelectionModel().getSelectedItem();
        if (item != null) {
            browser.open(item.lesson().id());
        }
    }

    private void showLesson(Lesson lesson) {
        textBox.getChildren().clear();
        titleBox.getChildren().clear();
        if (lesson != null) {
            titleBox.getChildren().add(position);
            TextFlow title = LessonTextView.title(lesson.text());
            if (title != null) {
                titleBox.getChildren().add(title);
            }
            textBox.getChildren().addAll(LessonTextView.render(lesson.text(), true), questionList);
        }
        textScroll.setVvalue(0);
        showQuestions();
    }

    private void showQuestions() {
        questionList.getChildren().clear();
        if (predict.questions().isEmpty()) {
            return;
        }
        Label heading = new Label("Questions in this lesson");
        heading.getStyleClass().add(LessonStyles.LESSON_H2);
        questionList.getChildren().add(heading);
        for (QuestionItem q : predict.questions()) {
            Label text = new Label(q.number() + ". " + q.question().question());
            text.getStyleClass().add(LessonStyles.LESSON_PARAGRAPH);
            text.setWrapText(true);
            text.setMinHeight(Label.USE_PREF_SIZE);
            Label status = new Label();
            status.getStyleClass().add(LessonStyles.QUESTION_STATUS);
            status.setWrapText(true);
            status.setMinHeight(Label.USE_PREF_SIZE);
            status.textProperty().bind(q.statusTextProperty());
            Button again = new Button("Ask again");
            again.getStyleClass().add(LessonStyles.LESSON_BUTTON);
            again.disableProperty().bind(q.canAskProperty().not());
            again.setOnAction(e -> predict.askAgain(q));
            HBox row = new HBox(status, again);
            row.getStyleClass().add(LessonStyles.LESSON_HEADER);
            HBox.setHgrow(status, Priority.ALWAYS);
            VBox item = new VBox(text, row);
            item.getStyleClass().add(LessonStyles.QUESTION_ITEM);
            questionList.getChildren().add(item);
        }
    }

    private static Label note(ReadOnlyStringProperty text, String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.visibleProperty().bind(Bindings.isNotEmpty(text));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /**
     * A scroll pane whose preferred height is its content's at the width it is given: a plain one
     * has no content bias, so the pane's box asks its height at no width, where every wrapped label
     * of the question card counts one line.
     */
    private static final class FooterScroll extends ScrollPane {
        private final Region content;

        private final ChangeListener<Node> focus = (obs, old, now) -> reveal(now);

        FooterScroll(Region content) {
            super(content);
            this.content = content;
            // The card gives its first choice, then OK, the focus: a keyboard user sees what Enter does.
            sceneProperty().addListener((obs, old, now) -> {
                if (old != null) {
                    old.focusOwnerProperty().removeListener(focus);
                }
                if (now != null) {
                    now.focusOwnerProperty().addListener(focus);
                }
            });
        }

        /** Scrolls the least that shows {@code node} whole, if it is in the content. */
        private void reveal(Node node) {
            Node n = node;
            while (n != null && n != content) {
                n = n.getParent();
            }
            if (n == null || getScene() == null) {
                return;
            }
            // The card has just changed (the answer revealed): its new height is needed now.
            getScene().getRoot().applyCss();
            getScene().getRoot().layout();
            double view = getViewportBounds().getHeight();
            double overflow = content.getHeight() - view;
            if (overflow <= 0) {
                return;
            }
            Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            double top = getVvalue() * overflow;
            if (b.getMaxY() > top + view) {
                top = b.getMaxY() - view;
            }
            if (b.getMinY() < top) {
                top = b.getMinY();
            }
            setVvalue(Math.max(0, Math.min(1, top / overflow)));
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computePrefHeight(double width) {
            if (width < 0) {
                return super.computePrefHeight(width);
            }
            Insets in = getInsets();
            return content.prefHeight(Math.max(0, width - in.getLeft() - in.getRight())) + in.getTop() + in.getBottom();
        }
    }

    /** A row of the lesson list: number, title, progress words; pseudo-classes for the states. */
    private static final class LessonCell extends ListCell<LessonItem> {
        private final Label number = new Label();
        private final Label title = new Label();
        private final Label status = new Label();
        private final VBox words = new VBox(title, status);
        private final HBox row = new HBox(number, words);

        LessonCell() {
            getStyleClass().add(LessonStyles.LESSON_ROW);
            number.getStyleClass().add(LessonStyles.LESSON_ROW_NUMBER);
            number.setMinWidth(Label.USE_PREF_SIZE);
            title.getStyleClass().add(LessonStyles.LESSON_ROW_TITLE);
            title.setWrapText(true);
            status.getStyleClass().add(LessonStyles.LESSON_ROW_STATUS);
            HBox.setHgrow(words, Priority.ALWAYS);
            row.getStyleClass().add(LessonStyles.LESSON_HEADER);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LessonItem item, boolean empty) {
            super.updateItem(item, empty);
            title.textProperty().unbind();
            status.textProperty().unbind();
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                pseudoClassStateChanged(LessonStyles.CURRENT, false);
                pseudoClassStateChanged(LessonStyles.COMPLETED, false);
                pseudoClassStateChanged(LessonStyles.EDITED, false);
                return;
            }
            number.setText(item.number());
            title.setText(item.title());
            status.textProperty().bind(Bindings.createStringBinding(
                    () -> (item.getStatus() == LessonItem.Status.COMPLETED ? "\u2713 " : "") + item.getStatusText()
                            + (item.editedProperty().get() ? " \u00b7 edited" : ""),
                    item.statusTextProperty(), item.statusProperty(), item.editedProperty()));
            pseudoClassStateChanged(LessonStyles.CURRENT, item.currentProperty().get());
            pseudoClassStateChanged(LessonStyles.COMPLETED, item.getStatus() == LessonItem.Status.COMPLETED);
            pseudoClassStateChanged(LessonStyles.EDITED, item.editedProperty().get());
            setText(null);
            setGraphic(row);
        }
    }
}
