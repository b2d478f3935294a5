/** The command line: arguments in, a report and an exit code out, nothing else. */
package dev.handbook.cli;
