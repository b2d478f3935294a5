package dev.handbook.message;

import java.util.List;

/**
 * A choice between alternative texts, or an optional text switched on and off.
 *
 * @param id           e.g. {@code reason}
 * @param label        the question shown to the reader, e.g. {@code Give a reason?}
 * @param options      the alternatives; a toggle has two: off (empty) and on
 * @param defaultIndex the option selected at first, e.g. {@code 0}
 * @param toggle       whether this is an on/off switch rather than a list of alternatives
 */
public record Choice(String id, String label, List<Option> options, int defaultIndex, boolean toggle) {

    /**
     * One alternative.
     *
     * @param label    what the reader picks, e.g. {@code I accepted another offer}
     * @param segments the text it puts in the message, which may hold placeholders
     */
    public record Option(String label, List<Segment> segments) {
    }
}
