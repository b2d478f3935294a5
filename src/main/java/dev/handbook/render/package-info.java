/**
 * Renders pages with the Mustache theme, strictly: a variable the page does not provide is a problem that
 * names the template and the variable, never an empty string.
 */
package dev.handbook.render;
