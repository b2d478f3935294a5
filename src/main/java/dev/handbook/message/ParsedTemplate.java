package dev.handbook.message;

import dev.handbook.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What one template file holds, and what is wrong with it.
 *
 * @param template the template, if the file has no problem
 * @param problems every problem of the file, sorted
 */
public record ParsedTemplate(Optional<MessageTemplate> template, List<Problem> problems) {
}
