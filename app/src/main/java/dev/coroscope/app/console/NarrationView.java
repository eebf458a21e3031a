package dev.coroscope.app.console;

import dev.coroscope.app.theme.StyleClasses;
import dev.coroscope.app.theme.TaskColors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The narration line: the current event's explanation in large type across the window, with the
 * acting task's name before it, so the back of a room can follow without reading the code.
 */
public final class NarrationView {
    private final HBox root;

    public NarrationView(NarrationViewModel viewModel) {
        Label actor = new Label();
        actor.getStyleClass().add("narration-actor");
        actor.textProperty().bind(viewModel.actorProperty());
        actor.visibleProperty().bind(viewModel.actorProperty().isEmpty().not());
        actor.managedProperty().bind(actor.visibleProperty());
        actor.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TaskColors.apply(actor, viewModel.actorColorProperty().get());
        viewModel.actorColorProperty().addListener((obs, old, now) -> TaskColors.apply(actor, now.intValue()));
        Label sentence = new Label();
        sentence.getStyleClass().add(StyleClasses.NARRATION_TEXT);
        sentence.textProperty().bind(viewModel.sentenceProperty());
        sentence.setWrapText(true);
        HBox.setHgrow(sentence, Priority.ALWAYS);
        sentence.setMaxWidth(Double.MAX_VALUE);
        root = new HBox(actor, sentence);
        root.getStyleClass().add(StyleClasses.NARRATION);
    }

    public Node node() {
        return root;
    }
}
