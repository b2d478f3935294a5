package dev.handbook.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** "Did you mean …?" for problem hints: the closest known name by edit distance, if close enough. */
public final class Suggest {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Suggest() {
    }

    /**
     * The candidate closest to {@code wrong}, if its edit distance is at most a third of the longer
     * length (at least 2), e.g. {@code "titel"} among {@code [title, summary]} gives {@code title}.
     */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            int distance = distance(wrong.toLowerCase(java.util.Locale.ROOT),
                    candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(2, Math.max(wrong.length(), best.length()) / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * The known name that {@code value}, itself valid, is almost certainly a misspelling of: one that differs from it
     * only in letter case, or by one edit (two in names of seven characters or more), e.g. {@code "Offer"} among
     * {@code [Offers, Interviews]} gives {@code Offers}. Names of three characters or fewer differ on purpose (such
     * as {@code hr} and {@code pr}), and so do names that differ only in their digits (such as {@code Round 1} and
     * {@code Round 2}). Empty when {@code value} is itself known.
     */
    public static Optional<String> nearMiss(String value, Collection<String> known) {
        if (known.contains(value)) {
            return Optional.empty();
        }
        String lower = value.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            String other = candidate.toLowerCase(Locale.ROOT);
            int longer = Math.max(lower.length(), other.length());
            int allowed = lower.equals(other) ? 0 : longer <= 3 ? -1 : longer < 7 ? 1 : 2;
            if (allowed < 0 || DIGITS.matcher(lower).replaceAll("").equals(DIGITS.matcher(other).replaceAll(""))
                    && !lower.equals(other)) {
                continue;
            }
            int distance = distance(lower, other);
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
