package dev.coroscope.engine.runtime;

/**
 * An object that holds its own Python {@code id()} (and so its identity hash) once the program
 * asked for it, instead of an entry in the run's id table. Coroutines, tasks and futures are
 * made by the thousand and put in dicts and sets ({@code gather} keys them by argument): a table
 * entry would keep each alive to the end of the run and cost a hash-table lookup per hash. Ids are
 * handed out in the same order either way, so the values the program sees are the same.
 */
public interface OwnId {

    /** The id the program was given, or 0 if it never asked. */
    long ownId();

    void setOwnId(long id);
}
