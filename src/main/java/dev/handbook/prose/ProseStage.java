package dev.handbook.prose;

import dev.handbook.content.Body;
import dev.handbook.content.Place;
import dev.handbook.content.Prose;
import dev.handbook.markdown.BodyProse;
import dev.handbook.markdown.BodyText;
import dev.handbook.markdown.MarkdownStage;
import dev.handbook.memo.Codec;
import dev.handbook.memo.Digest;
import dev.handbook.memo.Table;
import dev.handbook.problem.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks each guide's prose against the handbook's plain-language rules, each guide's result memoised under its
 * text and the rules. A guide is checked as the Markdown stage reads its prose ({@link MarkdownStage.TextUse}), in
 * that stage's threads, so that no guide's prose is kept; the templates' prose and the findings of all are put
 * together after. A finding is a warning unless handbook.yml makes its check an error; a comment
 * {@code <!-- allow: long-sentence -->} on the line above a paragraph silences that check there, and one that no
 * longer silences anything is reported.
 */
public final class ProseStage implements MarkdownStage.TextUse<ProseStage.Checked> {
    private static final String ALLOW = "allow:";

    private final Rules rules;
    private final Digest digest;
    private final Checker checker;
    private final Table<Key, Checked> memo;

    /** The checks of these rules, which take from {@code memo} what a check of the same text and rules found. */
    public ProseStage(Rules rules, Table<Key, Checked> memo) {
        this.rules = rules;
        this.digest = Codec.digest(rules);
        this.checker = new Checker(rules);
        this.memo = memo;
    }

    /**
     * What a guide's checks depend on.
     *
     * @param path  the guide's display path
     * @param body  the digest of its Markdown
     * @param line  the line its body starts on
     * @param rules the digest of the rules
     */
    public record Key(String path, Digest body, int line, Digest rules) {
    }

    /**
     * A guide's checks.
     *
     * @param problems    what they found, with the silences that silence nothing
     * @param gradeTimes100 the guide's reading grade times 100, e.g. {@code 451} for 4.51 (the memo keeps whole
     *                      numbers only)
     */
    public record Checked(List<Problem> problems, int gradeTimes100) {

        /** The guide's reading grade, e.g. {@code 4.51}. */
        double grade() {
            return gradeTimes100 / 100.0;
        }
    }

    /**
     * The stage's result.
     *
     * @param problems every guide's findings
     * @param notes    the reading grades, for the person building
     */
    public record Result(List<Problem> problems, List<String> notes) {
    }

    /** The blocks of a template, as a key names them. */
    private record Blocks(List<Prose> blocks) {
    }

    /** Checks a guide's prose, unless a check of the same text and rules is in the memo. */
    @Override
    public Checked use(Body body, MarkdownStage.Rendered rendered, Supplier<BodyText> text) {
        return memo.get(new Key(body.path(), body.hash(), body.line(), digest), () -> {
            BodyProse prose = text.get().prose();
            return check(body.path(), body.line(), prose.blocks(), prose.comments(), rules, checker);
        });
    }

    /**
     * Checks the templates, and puts their findings and the guides' together.
     *
     * @param checked   what {@link #use} found in each guide, by display path
     * @param templates the prose of each template, by display path
     */
    public Result result(Map<String, Checked> checked, Map<String, List<Prose>> templates) {
        List<Graded> guides = checked.entrySet().stream().map(g -> new Graded(g.getKey(), g.getValue())).toList();
        List<Graded> messages = templates.entrySet().stream()
                .map(t -> new Graded(t.getKey(), memo.get(new Key(t.getKey(), Codec.digest(new Blocks(t.getValue())),
                        0, digest), () -> check(t.getKey(), t.getValue().isEmpty() ? 0 : t.getValue().get(0).line(),
                        t.getValue(), List.of(), rules, checker))))
                .toList();
        List<Problem> problems = new ArrayList<>();
        guides.forEach(g -> problems.addAll(g.checked().problems()));
        messages.forEach(g -> problems.addAll(g.checked().problems()));
        List<String> notes = new ArrayList<>();
        if (!rules.off().contains(Check.READING_GRADE) && !guides.isEmpty()) {
            notes.add("reading grade (Flesch-Kincaid): " + grades("guides", guides)
                    + (messages.isEmpty() ? "" : "; " + grades("templates", messages)) + "; the limit is "
                    + rules.grade());
        }
        return new Result(problems.stream().sorted().toList(), List.copyOf(notes));
    }

    private record Graded(String path, Checked checked) {
    }

    /** The median and hardest grade of files, e.g. {@code 7 guides, median 4.2, hardest 4.8 (…)}. */
    private static String grades(String what, List<Graded> files) {
        List<Graded> byGrade = files.stream()
                .sorted(Comparator.comparingInt((Graded g) -> g.checked().gradeTimes100()).thenComparing(Graded::path))
                .toList();
        Graded hardest = byGrade.get(byGrade.size() - 1);
        return String.format(Locale.ROOT, "%d %s, median %.1f, hardest %.1f (%s)", files.size(), what,
                byGrade.get(byGrade.size() / 2).checked().grade(), hardest.checked().grade(), hardest.path());
    }

    /** A comment that silences checks in the block below it. */
    private static final class Silence {
        final BodyProse.Comment comment;
        final Set<Check> checks = EnumSet.noneOf(Check.class);
        final Set<Check> used = EnumSet.noneOf(Check.class);
        int blockLine = Integer.MAX_VALUE;

        Silence(BodyProse.Comment comment) {
            this.comment = comment;
        }
    }

    /**
     * Checks one file's prose.
     *
     * @param line     the line its text starts on, where a problem of the whole file goes if it has no blocks
     * @param comments the comments between its blocks, which may silence checks
     */
    static Checked check(String path, int line, List<Prose> blocks, List<BodyProse.Comment> comments,
                         Rules rules, Checker checker) {
        List<Problem> problems = new ArrayList<>();
        List<Silence> silences = silences(path, comments, blocks, problems);
        Grade.Counts all = Grade.Counts.NONE;
        record Paragraph(int line, double grade) {
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Prose block : blocks) {
            List<Sentences.Sentence> sentences = Sentences.of(block.text());
            int blockLine = block.line();
            for (Checker.Finding finding : checker.check(block.text(), sentences, block.kind().equals("heading"))) {
                Optional<Silence> silence = silences.stream().filter(s -> s.blockLine == blockLine
                        && s.checks.contains(finding.check())).findFirst();
                if (silence.isPresent()) {
                    silence.get().used.add(finding.check());
                    continue;
                }
                Place at = block.placeOf(finding.at());
                problems.add(problem(path, at.line(), at.column(), finding.check(), finding.message(),
                        finding.hint(), rules));
            }
            if (block.kind().equals("paragraph") || block.kind().equals("item")) {
                Grade.Counts counts = Grade.of(sentences);
                all = all.plus(counts);
                if (counts.words() >= 8) { // a paragraph, not a line of a list
                    paragraphs.add(new Paragraph(blockLine, counts.grade()));
                }
            }
        }
        double grade = all.grade();
        Optional<Silence> gradeSilence = silences.stream().filter(s -> s.checks.contains(Check.READING_GRADE))
                .findFirst();
        if (grade > rules.grade() && !rules.off().contains(Check.READING_GRADE)) {
            if (gradeSilence.isPresent()) {
                gradeSilence.get().used.add(Check.READING_GRADE);
            } else {
                List<String> hardest = paragraphs.stream()
                        .sorted(Comparator.comparingDouble(Paragraph::grade).reversed()).limit(2)
                        .map(p -> String.format(Locale.ROOT, "line %d (grade %.1f)", p.line(), p.grade())).toList();
                // at the first block, not at a blank line that may start the body
                int first = blocks.isEmpty() ? line : blocks.get(0).line();
                problems.add(problem(path, first, 1, Check.READING_GRADE, String.format(Locale.ROOT,
                        "this text reads at grade %.1f (Flesch-Kincaid), above the handbook's limit of %d", grade,
                        rules.grade()), (hardest.isEmpty() ? "" : "the hardest paragraphs are at "
                        + String.join(" and ", hardest) + ": ") + "shorter sentences and shorter words bring it down",
                        rules));
            }
        }
        for (Silence silence : silences) {
            for (Check check : silence.checks) {
                if (!silence.used.contains(check) && !rules.off().contains(check)) {
                    problems.add(new Problem(path, silence.comment.line(), silence.comment.column(),
                            "this comment silences \"" + check.id() + "\", but "
                                    + (check == Check.READING_GRADE ? "the guide is within the limit"
                                    : "the paragraph below it has no such finding"), "remove it").asWarning());
                }
            }
        }
        return new Checked(problems.stream().sorted().toList(), (int) Math.round(grade * 100));
    }

    private static Problem problem(String path, int line, int column, Check check, String message, String hint,
                                   Rules rules) {
        Problem problem = new Problem(path, line, column, message + " [" + check.id() + "]", hint);
        return rules.errors().contains(check) ? problem : problem.asWarning();
    }

    /** The comments that silence checks, each tied to the block that starts below it. */
    private static List<Silence> silences(String path, List<BodyProse.Comment> comments,
                                          List<Prose> blocks, List<Problem> problems) {
        List<Silence> silences = new ArrayList<>();
        for (BodyProse.Comment comment : comments) {
            String text = comment.text().strip();
            if (!text.startsWith(ALLOW)) {
                continue;
            }
            Silence silence = new Silence(comment);
            for (String name : text.substring(ALLOW.length()).split("[,\\s]+")) {
                if (name.isEmpty()) {
                    continue;
                }
                Optional<Check> check = Check.named(name);
                if (check.isPresent()) {
                    silence.checks.add(check.get());
                } else {
                    problems.add(Check.unknown(name, path, comment.line(), comment.column()));
                }
            }
            for (Prose block : blocks) {
                int line = block.line();
                if (line > comment.endLine()) {
                    silence.blockLine = line;
                    break;
                }
            }
            silences.add(silence);
        }
        return silences;
    }
}
