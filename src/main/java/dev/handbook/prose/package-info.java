/**
 * Plain-language checks of the guides' prose: long sentences, the reading grade, words to avoid, repeated words,
 * spacing, unbalanced brackets and quotes, the passive voice and the spelling of the handbook's variant of
 * English, each finding at the writer's line and column. A guide is checked while the Markdown stage has its
 * prose at hand; the stage's own step only checks the templates and puts the findings together.
 */
package dev.handbook.prose;
