package dev.coroscope.app.board;

import javafx.event.Event;
import javafx.event.EventType;

/** Fired by a {@link TaskCard} clicked outside its chain links: the board selects its task. */
public final class TaskCardSelectEvent extends Event {
    public static final EventType<TaskCardSelectEvent> SELECT = new EventType<>(Event.ANY, "TASK_CARD_SELECT");

    private final transient TaskCard card;

    public TaskCardSelectEvent(TaskCard card) {
        super(card, card, SELECT);
        this.card = card;
    }

    public TaskCard card() {
        return card;
    }
}
