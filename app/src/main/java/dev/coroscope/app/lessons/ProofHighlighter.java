package dev.coroscope.app.lessons;

import dev.coroscope.app.board.TaskCard;
import dev.coroscope.app.lessons.PredictViewModel.Proof;
import dev.coroscope.app.theme.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Marks what in the visualizer proves a revealed answer with the {@code :proof} pseudo-class: the
 * console for a printed line, the task's card for a task, the inspector for a coroutine (the
 * predict view model has selected it there), the virtual clock for the time. The nodes belong to
 * the visualizer's views, so they are found by their style classes under the window's root, after
 * the views have caught up with the step.
 */
public final class ProofHighlighter {
    private final Parent root;
    private final List<Node> marked = new ArrayList<>();

    public ProofHighlighter(PredictViewModel predict, Parent root) {
        this.root = root;
        predict.proofProperty().addListener((obs, old, now) -> {
            clear();
            if (now != null) {
                // The board builds or updates its cards on the same change; mark them once they exist.
                Platform.runLater(() -> {
                    if (now.equals(predict.getProof())) {
                        mark(now);
                    }
                });
            }
        });
    }

    /** The nodes marked now (for tests). */
    public List<Node> marked() {
        return List.copyOf(marked);
    }

    private void mark(Proof proof) {
        clear();
        switch (proof.kind()) {
            case CONSOLE -> add(root.lookup("." + StyleClasses.CONSOLE));
            case CLOCK -> add(root.lookup("." + StyleClasses.VIRTUAL_CLOCK));
            case COROUTINE -> add(root.lookup("." + StyleClasses.INSPECTOR));
            case TASK -> {
                for (Node n : root.lookupAll("." + StyleClasses.TASK_CARD)) {
                    if (n instanceof TaskCard card && proof.name().equals(card.model().nameProperty().get())) {
                        add(card);
                    }
                }
            }
        }
    }

    private void add(Node node) {
        if (node != null) {
            node.pseudoClassStateChanged(LessonStyles.PROOF, true);
            marked.add(node);
        }
    }

    private void clear() {
        for (Node n : marked) {
            n.pseudoClassStateChanged(LessonStyles.PROOF, false);
        }
        marked.clear();
    }
}
