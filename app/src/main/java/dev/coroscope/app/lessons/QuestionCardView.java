package dev.coroscope.app.lessons;

import dev.coroscope.app.lessons.PredictViewModel.Phase;
import dev.coroscope.lessons.predict.PredictQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The card that asks a predict question and reveals its answer, bound to a {@link PredictViewModel}:
 * the question, one numbered button per choice, Skip while asking; then a line saying the
 * picture plays on; then the verdict (words and a sign, not colour alone), the explanation and OK.
 *
 * <p>Keyboard: when a question is asked the first choice has the focus; Tab and the arrow keys move
 * between choices, Enter or Space picks one, and the digit keys 1 to 9 pick a choice directly.
 */
public final class QuestionCardView {
    private final PredictViewModel viewModel;
    private final VBox card = new VBox();
    private final Label kicker = new Label();
    private final Label question = new Label();
    private final VBox choices = new VBox();
    private final Label verdict = new Label();
    private final Label explanation = new Label();
    private final Label watching = new Label("The program plays on to show the answer\u2026");
    private final Label hint = new Label();
    private final Button skip = new Button("Skip this question");
    private final Button ok = new Button("OK");
    private final List<Button> choiceButtons = new ArrayList<>();

    public QuestionCardView(PredictViewModel viewModel) {
        this.viewModel = viewModel;
        card.getStyleClass().add(LessonStyles.QUESTION_CARD);
        kicker.getStyleClass().add(LessonStyles.QUESTION_KICKER);
        // "Predict — question 2" in a narrow lesson pane: to the next line rather than "questi…".
        kicker.setWrapText(true);
        question.getStyleClass().add(LessonStyles.QUESTION_TEXT);
        question.setWrapText(true);
        verdict.getStyleClass().add(LessonStyles.QUESTION_VERDICT);
        verdict.setWrapText(true);
        explanation.getStyleClass().add(LessonStyles.QUESTION_EXPLANATION);
        explanation.setWrapText(true);
        watching.getStyleClass().add(LessonStyles.LESSON_NOTE);
        watching.setWrapText(true);
        hint.getStyleClass().add(LessonStyles.LESSON_NOTE);
        hint.setWrapText(true);
        choices.getStyleClass().add(LessonStyles.LESSON_LIST);
        skip.getStyleClass().add(LessonStyles.LESSON_BUTTON);
        ok.getStyleClass().add(LessonStyles.LESSON_BUTTON);
        skip.setOnAction(e -> viewModel.skip());
        ok.setOnAction(e -> viewModel.dismiss());
        for (Label l : new Label[] {kicker, question, verdict, explanation, watching, hint}) {
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(skip, ok);
        buttons.getStyleClass().add(LessonStyles.LESSON_HEADER);
        card.getChildren().setAll(kicker, question, choices, hint, watching, verdict, explanation, buttons);
        card.addEventHandler(KeyEvent.KEY_PRESSED, this::digit);

        viewModel.currentProperty().addListener((obs, old, now) -> rebuild());
        viewModel.phaseProperty().addListener((obs, old, now) -> update());
        viewModel.chosenProperty().addListener((obs, old, now) -> update());
        viewModel.moreHereProperty().addListener((obs, old, now) -> update());
        rebuild();
    }

    public Node node() {
        return card;
    }

    /** The choice buttons of the question shown (for tests). */
    public List<Button> choiceButtons() {
        return List.copyOf(choiceButtons);
    }

    private void rebuild() {
        QuestionItem item = viewModel.getCurrent();
        choiceButtons.clear();
        choices.getChildren().clear();
        if (item != null) {
            PredictQuestion q = item.question();
            kicker.setText("Predict \u2014 question " + item.number());
            question.setText(LineBreaks.inCode(q.question()));
            hint.setText("Pick your answer (keys 1 to " + q.choices().size() + ") and the program plays on to"
                    + " show it; Skip goes on without answering."
                    + viewModel.getConcealed().stream().map(p -> " " + concealedWords(p)).collect(Collectors.joining()));
            for (int i = 0; i < q.choices().size(); i++) {
                int index = i;
                Button b = new Button((i + 1) + "   " + LineBreaks.inCode(q.choices().get(i)));
                b.getStyleClass().add(LessonStyles.QUESTION_CHOICE);
                // Choices are code-like text: "cr_origin" must not turn its "_o" into a mnemonic.
                b.setMnemonicParsing(false);
                b.setMaxWidth(Double.MAX_VALUE);
                b.setWrapText(true);
                b.setMinHeight(Button.USE_PREF_SIZE);
                b.setOnAction(e -> viewModel.answer(index));
                choiceButtons.add(b);
                choices.getChildren().add(b);
            }
        }
        update();
    }

    private void update() {
        Phase phase = viewModel.getPhase();
        QuestionItem item = viewModel.getCurrent();
        boolean shown = phase != Phase.IDLE && item != null;
        card.setVisible(shown);
        card.setManaged(shown);
        boolean revealed = phase == Phase.REVEALED;
        card.pseudoClassStateChanged(LessonStyles.RIGHT, revealed && viewModel.isCorrect());
        card.pseudoClassStateChanged(LessonStyles.WRONG, revealed && !viewModel.isCorrect());
        show(watching, phase == Phase.WATCHING);
        show(hint, phase == Phase.ASKING);
        show(verdict, revealed);
        show(explanation, revealed);
        show(skip, phase == Phase.ASKING);
        show(ok, revealed);
        ok.setText(viewModel.moreHereProperty().get() ? "Next question" : "OK");
        verdict.setText((viewModel.isCorrect() ? "\u2713 " : "\u2717 ") + viewModel.getVerdict());
        explanation.setText(item == null ? "" : LineBreaks.inCode(item.question().explanation()));
        int chosen = viewModel.chosenProperty().get();
        for (int i = 0; i < choiceButtons.size(); i++) {
            Button b = choiceButtons.get(i);
            b.setDisable(phase != Phase.ASKING);
            b.pseudoClassStateChanged(LessonStyles.CHOSEN, i == chosen);
            b.pseudoClassStateChanged(LessonStyles.ANSWER, revealed && item != null && i == item.question().answer());
        }
        if (phase == Phase.ASKING && !choiceButtons.isEmpty()) {
            Button first = choiceButtons.get(0);
            Platform.runLater(first::requestFocus);
        } else if (revealed) {
            Platform.runLater(ok::requestFocus);
        }
    }

    private void digit(KeyEvent e) {
        if (viewModel.getPhase() != Phase.ASKING || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        int n = -1;
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            String name = code.getName();
            n = name.charAt(name.length() - 1) - '1';
        }
        if (n >= 0 && n < choiceButtons.size()) {
            e.consume();
            viewModel.answer(n);
        }
    }

    /** What is hidden while the question is asked, in words. */
    static String concealedWords(PredictViewModel.Proof p) {
        return switch (p.kind()) {
            case CLOCK -> "The clock is hidden until you answer.";
            case TASK -> p.name() + "'s card is hidden until you answer.";
            case COROUTINE -> "The inspector and the cards running " + p.name() + " are hidden until you answer.";
            case CONSOLE -> "";
        };
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
