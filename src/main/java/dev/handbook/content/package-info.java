/**
 * Reads {@code content/} into immutable records: settings, guides and message-template sources.
 *
 * <p>It splits front matter from the body, checks front matter against each kind's schema and remembers
 * where every value came from, so problems point at the writer's line. It produces no HTML.
 */
package dev.handbook.content;
