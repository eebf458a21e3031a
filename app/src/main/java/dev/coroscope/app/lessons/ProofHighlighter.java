package dev.coroscope.app.lessons;

import dev.coroscope.app.board.TaskCard;
import dev.coroscope.app.lessons.PredictViewModel.Proof;
import dev.coroscope.app.theme.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Marks what in the visualizer proves a revealed answer with the {@code :proof} pseudo-class: the
 * console for a printed line, the task's card for a task, the inspector for a coroutine (the
 * predict view model has selected it there), the virtual clock for the time. While a question
 * about a state is asked, the same nodes (and, for a coroutine, the cards of tasks running it) get
 * {@code :concealed} instead, which hides them until the learner has answered.
 *
 * <p>A marked task card is put in the board's spotlight (the board scrolls it into view); other
 * marked nodes in a scroll pane are scrolled into view here.
 *
 * <p>The nodes belong to the visualizer's views, so they are found by their style classes under
 * the window's root, after the views have caught up with the step.
 */
public final class ProofHighlighter {
    private final Parent root;
    private final List<Node> marked = new ArrayList<>();
    private final List<Node> hidden = new ArrayList<>();

    public ProofHighlighter(PredictViewModel predict, Parent root) {
        this.root = root;
        predict.proofProperty().addListener((obs, old, now) -> {
            clear(marked, LessonStyles.PROOF);
            if (now != null) {
                // The board builds or updates its cards on the same change; mark them once they exist.
                Platform.runLater(() -> {
                    if (now.equals(predict.getProof())) {
                        apply(now, marked, LessonStyles.PROOF, false);
                    }
                });
            }
        });
        predict.concealedProperty().addListener((obs, old, now) -> {
            conceal(now);
            // Cards that appear with the step are hidden too.
            Platform.runLater(() -> {
                if (now.equals(predict.getConcealed())) {
                    conceal(now);
                }
            });
        });
    }

    private void conceal(List<Proof> proofs) {
        clear(hidden, LessonStyles.CONCEALED);
        List<Node> all = new ArrayList<>();
        for (Proof p : proofs) {
            apply(p, hidden, LessonStyles.CONCEALED, true);
            all.addAll(hidden);
        }
        hidden.clear();
        hidden.addAll(all);
        for (Node n : all) {
            n.pseudoClassStateChanged(LessonStyles.CONCEALED, true);
        }
    }

    /** The nodes marked as the proof now (for tests). */
    public List<Node> marked() {
        return List.copyOf(marked);
    }

    /** The nodes hidden while a question waits (for tests). */
    public List<Node> hidden() {
        return List.copyOf(hidden);
    }

    private void apply(Proof proof, List<Node> into, PseudoClass state, boolean cardsRunningIt) {
        clear(into, state);
        switch (proof.kind()) {
            case CONSOLE -> add(root.lookup("." + StyleClasses.CONSOLE), into, state);
            case CLOCK -> add(root.lookup("." + StyleClasses.VIRTUAL_CLOCK), into, state);
            case COROUTINE -> {
                add(root.lookup("." + StyleClasses.INSPECTOR), into, state);
                if (cardsRunningIt) {
                    // A task's card shows its coroutine's flags too.
                    for (Node n : root.lookupAll("." + StyleClasses.TASK_CARD)) {
                        if (n instanceof TaskCard card
                                && String.valueOf(card.model().coroutineProperty().get()).startsWith(proof.name() + "(")) {
                            add(card, into, state);
                        }
                    }
                }
            }
            case TASK -> {
                for (Node n : root.lookupAll("." + StyleClasses.TASK_CARD)) {
                    if (n instanceof TaskCard card && proof.name().equals(card.model().nameProperty().get())) {
                        add(card, into, state);
                    }
                }
            }
        }
    }

    private static void add(Node node, List<Node> into, PseudoClass state) {
        if (node != null) {
            node.pseudoClassStateChanged(state, true);
            into.add(node);
            if (node instanceof TaskCard card) {
                // The board keeps a card in the spotlight in view (before the running task's).
                card.spotlightProperty().set(true);
            } else {
                scrollIntoView(node);
            }
        }
    }

    /** Scrolls the nearest scroll pane around {@code node} (the task board) so the node is in view. */
    static void scrollIntoView(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane && pane.getContent() != null) {
                Node content = pane.getContent();
                Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                Bounds view = pane.getViewportBounds();
                double extra = content.getBoundsInLocal().getHeight() - view.getHeight();
                if (inContent == null || extra <= 0) {
                    return;
                }
                double top = -view.getMinY();
                if (inContent.getMinY() < top || inContent.getMaxY() > top + view.getHeight()) {
                    double target = Math.max(0, Math.min(extra, inContent.getMinY() - view.getHeight() * 0.1));
                    pane.setVvalue(pane.getVmin() + (pane.getVmax() - pane.getVmin()) * target / extra);
                }
                return;
            }
        }
    }

    private static void clear(List<Node> nodes, PseudoClass state) {
        for (Node n : nodes) {
            n.pseudoClassStateChanged(state, false);
            if (n instanceof TaskCard card) {
                card.spotlightProperty().set(false);
            }
        }
        nodes.clear();
    }
}
