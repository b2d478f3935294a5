package dev.handbook.content;

import dev.handbook.problem.Problem;
import java.util.List;

/**
 * The settings file, read: the settings (with defaults where a value is wrong) and what is wrong with it.
 *
 * @param settings the settings to build with
 * @param problems every problem of the file, sorted
 */
public record ParsedSettings(Settings settings, List<Problem> problems) {
}
