package dev.handbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic handbook of N guides of realistic shape for benchmarks: front matter with a category and
 * tags, about 600 words under h2 and h3 headings, lists, links to other guides (some to their sections), and a
 * message template in every third guide. The same N always gives the same files (a fixed seed).
 *
 * <p>The words are drawn as in real writing, which is what the search index's size depends on: a third are the
 * short words every text has, a third words of job searching, and a third from a long tail of 60,000 made-up words
 * drawn by Zipf's law (a few common, most rare), some with accents; names such as "Zoë Nuñez" and typographic
 * apostrophes, quotes and dashes appear as they do in guides.
 *
 * <p>{@code java dev.handbook.bench.SyntheticHandbook N OUT [--hugo | --eleventy]} writes {@code OUT/content} for
 * this builder, or the same pages for Hugo or Eleventy in {@code OUT} (a config, one layout, a home page listing every
 * article; Eleventy's from {@code OUT/content}, with Markdown that is not read as a template first).
 */
public final class SyntheticHandbook {
    private static final int TEMPLATES = 50;
    private static final int CATEGORIES = 20;
    private static final String[] WORDS = ("interview offer employer reply message polite short clear thank time "
            + "role team manager company decision reason future contact email phone call week answer question "
            + "career goal plan skill experience feedback process deadline salary benefit contract start date "
            + "review note letter request invitation schedule meeting follow confirm decline accept withdraw "
            + "recruiter candidate position application deadline colleague reference portfolio project").split(" ");

    private static final String[] SHORT = ("the a to and of in you your it is for that with on be as at this have or "
            + "will can if not are we they them their from by an about so but when what how do would may should")
            .split(" ");
    private static final String[] NAMES = ("Zoë Nuñez|José Álvarez|Søren Østergaard|Łucja Wójcik|Chloé Dubois|"
            + "Björn Ångström|Anna Dvořák|François Lefèvre|Mehmet Yılmaz|Siobhán O’Brien").split("\\|");
    private static final int TAIL = 60_000;
    private static final String[] TAIL_WORDS = tailWords();
    private static final double[] TAIL_CUMULATIVE = zipf(TAIL, 1.05);

    private SyntheticHandbook() {
    }

    /** Made-up words of one to four syllables, a tenth with an accented letter; the same every run. */
    private static String[] tailWords() {
        String[] onsets = {"b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p",
            "pl", "qu", "r", "s", "sh", "st", "t", "th", "tr", "v", "w", "z"};
        String[] vowels = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "é", "ü", "ö", "å"};
        String[] codas = {"", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck"};
        Random random = new Random(7L);
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        while (seen.size() < TAIL) {
            StringBuilder word = new StringBuilder();
            int syllables = 1 + random.nextInt(4);
            for (int i = 0; i < syllables; i++) {
                String vowel = vowels[random.nextInt(random.nextInt(10) == 0 ? vowels.length : 8)];
                word.append(onsets[random.nextInt(onsets.length)]).append(vowel)
                        .append(codas[random.nextInt(codas.length)]);
            }
            seen.add(word.toString());
        }
        return seen.toArray(String[]::new);
    }

    /** The cumulative weights of ranks 1 to n under Zipf's law with exponent s, from 0 to 1. */
    private static double[] zipf(int n, double s) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1 / Math.pow(r + 1, s);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    /** The made-up word of a rank in the long tail, from 0 (the most common). */
    static String tailWord(int rank) {
        return TAIL_WORDS[rank];
    }

    /** One word, as writing has them. */
    private static String word(Random random) {
        int kind = random.nextInt(3);
        if (kind == 0) {
            return SHORT[random.nextInt(SHORT.length)];
        }
        if (kind == 1) {
            String word = WORDS[random.nextInt(WORDS.length)];
            return random.nextInt(40) == 0 ? word + "’s" : word;
        }
        int rank = java.util.Arrays.binarySearch(TAIL_CUMULATIVE, random.nextDouble());
        return TAIL_WORDS[Math.min(TAIL - 1, rank < 0 ? -rank - 1 : rank)];
    }

    /** Writes the corpus. */
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        String other = args.length > 2 ? args[2] : "";
        write(n, out, other);
    }

    /** @param other {@code --hugo}, {@code --eleventy}, or empty for this builder */
    static void write(int n, Path out, String other) throws IOException {
        Random random = new Random(20261127L);
        boolean elsewhere = !other.isEmpty(); // Hugo and Eleventy read the same Markdown: links to pages, not files
        Path content = out.resolve("content/guides");
        Files.createDirectories(content);
        if (other.equals("--hugo")) {
            writeHugoSkeleton(out);
        } else if (other.equals("--eleventy")) {
            writeEleventySkeleton(out);
        } else {
            Files.createDirectories(out.resolve("content/templates"));
            write(out.resolve("content/handbook.yml"), "title: Benchmark Handbook\ndescription: Synthetic guides.\n"
                    + "language: en\n");
            for (int t = 0; t < TEMPLATES; t++) {
                write(out.resolve("content/templates/template-" + t + ".md"), template(t));
            }
        }
        for (int i = 0; i < n; i++) {
            write(content.resolve(slug(i) + ".md"), guide(i, n, random, elsewhere));
        }
    }

    static String slug(int i) {
        return String.format(Locale.ROOT, "guide-%05d", i);
    }

    private static String guide(int i, int n, Random random, boolean elsewhere) {
        StringBuilder md = new StringBuilder();
        md.append("---\ntitle: ").append(sentence(random, 5, false)).append(" ").append(i).append('\n');
        md.append("summary: ").append(sentence(random, 14, true)).append('\n');
        md.append(elsewhere ? "date: " : "updated: ").append(String.format(Locale.ROOT, "2026-%02d-%02d",
                1 + i % 12, 1 + i % 28)).append('\n');
        md.append("category: Category ").append(i % CATEGORIES).append('\n');
        md.append("tags: [tag-").append(i % 40).append(", tag-").append((i * 7) % 40).append("]\n");
        md.append("---\n\n").append(paragraph(random, 60)).append("\n\n");
        List<String> links = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            int target = (i + k * 37) % n;
            String anchor = k == 2 ? "#section-one" : "";
            links.add("[" + sentence(random, 3, false) + "](" + link(target, anchor, elsewhere) + ")");
        }
        String[] sections = {"Section one", "Section two", "Section three", "Section four"};
        for (int s = 0; s < sections.length; s++) {
            md.append("## ").append(sections[s]).append("\n\n").append(paragraph(random, 70)).append("\n\n");
            if (s == 1) {
                for (int h = 1; h <= 3; h++) {
                    md.append("### Step ").append(h).append("\n\n").append(paragraph(random, 35)).append("\n\n");
                }
            }
            if (s == 2) {
                for (int item = 0; item < 4; item++) {
                    md.append("- **").append(sentence(random, 2, false)).append(".** ")
                            .append(sentence(random, 12, true)).append('\n');
                }
                md.append('\n').append("See also ").append(String.join(", ", links)).append(".\n\n");
            }
            if (s == 3 && i % 3 == 0) {
                md.append("```").append(elsewhere ? "text" : "template").append("\ntemplate-").append(i % TEMPLATES)
                        .append("\n```\n\n");
            }
        }
        return md.toString();
    }

    private static String link(int target, String anchor, boolean elsewhere) {
        return elsewhere ? "../" + slug(target) + "/" + anchor : slug(target) + ".md" + anchor;
    }

    private static String template(int t) {
        return "---\ntitle: Template " + t + "\nsubject: About the [Job Title] role\n"
                + "fields:\n  Your Name:\n    kind: your-name\nchoices:\n  reason:\n    label: Reason\n    options:\n"
                + "      - label: None\n        text: \"\"\n      - label: Another offer\n"
                + "        text: I have accepted another offer.\n---\n"
                + "Dear [Interviewer's Name],\n\nThank you for considering me for the [Job Title] role at"
                + " [Company Name].\n\n{reason}\n\nBest regards,\n[Your Name]\n";
    }

    private static void writeHugoSkeleton(Path out) throws IOException {
        write(out.resolve("hugo.toml"), "baseURL = 'https://example.org/'\nlanguageCode = 'en'\n"
                + "title = 'Benchmark Handbook'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
        write(out.resolve("layouts/_default/single.html"), layout("{{ .Title }}",
                "<main><h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}</main>"));
        write(out.resolve("layouts/_default/list.html"), layout("{{ .Title }}", "<main><h1>{{ .Title }}</h1><ul>"
                + "{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></main>"));
        write(out.resolve("layouts/index.html"), layout("{{ .Site.Title }}", "<ul>{{ range .Site.RegularPages }}"
                + "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>"));
    }

    private static void writeEleventySkeleton(Path out) throws IOException {
        write(out.resolve("eleventy.config.js"), "export default function () {\n  return { markdownTemplateEngine:"
                + " false, htmlTemplateEngine: 'njk', dir: { input: 'content', output: '_site' } };\n}\n");
        write(out.resolve("content/guides/guides.json"), "{ \"layout\": \"single.njk\" }\n");
        write(out.resolve("content/_includes/single.njk"), layout("{{ title }}",
                "<main><h1>{{ title }}</h1>{{ content | safe }}</main>"));
        write(out.resolve("content/index.njk"), "---\ntitle: Benchmark Handbook\n---\n" + layout("{{ title }}",
                "<ul>{% for page in collections.all %}<li><a href=\"{{ page.url }}\">{{ page.data.title }}</a></li>"
                        + "{% endfor %}</ul>"));
    }

    /** The one page every other builder's layouts make: a title and a body, in each one's template language. */
    private static String layout(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body>" + body + "</body></html>\n";
    }

    private static String paragraph(Random random, int words) {
        StringBuilder text = new StringBuilder();
        while (words > 0) {
            int length = Math.min(words, 8 + random.nextInt(10));
            text.append(sentence(random, length, true)).append(' ');
            words -= length;
        }
        return text.toString().strip();
    }

    private static String sentence(Random random, int words, boolean stop) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = word(random);
            text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            if (w + 1 < words) {
                int mark = random.nextInt(60);
                text.append(mark == 0 ? " – " : mark == 1 ? ", " : " ");
            }
        }
        if (stop && random.nextInt(8) == 0) {
            // a name, or a phrase in quotes, as guides have them
            return random.nextBoolean() ? text + ", says " + NAMES[random.nextInt(NAMES.length)] + "."
                    : text + " “" + word(random) + " " + word(random) + "”.";
        }
        return stop ? text + "." : text.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
