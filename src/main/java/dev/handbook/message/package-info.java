/**
 * Fill-in message templates: parses their placeholders and choices, renders a finished message, and
 * describes a template as the data the page's filler script reads.
 *
 * <p>{@link dev.handbook.message.MessageTemplate#render} is the reference for what the filler in the
 * browser must produce, character for character.
 */
package dev.handbook.message;
