package dev.handbook.message;

import dev.handbook.content.Prose;
import dev.handbook.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What one template file holds, and what is wrong with it.
 *
 * @param template the template, if the file has no problem
 * @param problems every problem of the file, sorted
 * @param prose    its title, description, subject and message, for the plain-language checks; empty when the file
 *                 has problems
 */
public record ParsedTemplate(Optional<MessageTemplate> template, List<Problem> problems, List<Prose> prose) {
}
