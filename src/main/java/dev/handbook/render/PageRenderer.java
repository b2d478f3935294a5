package dev.handbook.render;

import dev.handbook.content.Guide;
import dev.handbook.content.Names;
import dev.handbook.content.Settings;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.markdown.Utf8;
import dev.handbook.memo.Digested;
import dev.handbook.message.Choice;
import dev.handbook.message.Field;
import dev.handbook.message.FieldKind;
import dev.handbook.message.MessageTemplate;
import dev.handbook.message.Segment;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns guides, their rendered Markdown and their templates into pages, through the theme. Holds no state
 * between calls; safe to share between threads.
 */
public final class PageRenderer {
    /** The path of robots.txt. */
    public static final String ROBOTS = "robots.txt";
    /** The paths of the feeds, which are made only with a base URL. */
    public static final List<String> FEEDS = List.of("sitemap.xml", "feed.xml");
    /** Words read per minute, for the reading time. */
    static final int WORDS_PER_MINUTE = 200;
    /** The most guides a page of a category or a tag lists; longer lists go on to further pages. */
    public static final int PER_PAGE = 50;
    /** How many guides of each category the home page shows; the category's page has them all. */
    public static final int ON_HOME = 5;
    private static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Theme theme;
    private final Settings settings;
    /**
     * What a guide's page is first rendered with in place of its body: a tag that HTML escaping changes, around the
     * digest of the theme's templates, which no theme holds. Found once as it is, and its digest nowhere else, it
     * is where the theme shows the body, once and not escaped.
     */
    private final String bodyStandIn;
    private final String standInCore;
    private volatile Grouped grouped;

    /** @param theme the compiled theme; @param settings the handbook's settings */
    public PageRenderer(Theme theme, Settings settings) {
        this.theme = theme;
        this.settings = settings;
        this.standInCore = "handbook-body-" + theme.digest();
        this.bodyStandIn = "<" + standInCore + ">";
    }

    /** The output path of a guide's page, e.g. {@code declining-a-job-interview/index.html}. */
    public static String guidePath(String slug) {
        return slug + "/index.html";
    }

    /** The output path of a category's page, e.g. {@code category/interviews/index.html}. */
    public static String categoryPath(String category) {
        return "category/" + Names.slug(category) + "/index.html";
    }

    /**
     * Renders a page from its model.
     *
     * @throws TemplateException if the theme cannot render it
     */
    public Page render(PageModel model) throws TemplateException {
        if (model instanceof PageModel.GuidePage guide) {
            return guide(guide);
        } else if (model instanceof PageModel.Home home) {
            return home(home);
        } else if (model instanceof PageModel.Listing listing) {
            return listing(listing);
        }
        return notFound();
    }

    /** Renders a guide's page with its templates' fillers in place. */
    private Page guide(PageModel.GuidePage page) throws TemplateException {
        Guide guide = page.guide();
        RenderedMarkdown markdown = page.body().get();
        List<MessageTemplate> templates = page.templates().stream().map(Digested::get).toList();
        Neighbours neighbours = page.neighbours();
        Map<String, String> fillers = new HashMap<>();
        Utf8 body = markdown.html();
        for (MessageTemplate template : templates) {
            String marker = RenderedMarkdown.embedMarker(template.name());
            String filler = theme.render("filler", fillerModel(template));
            fillers.put(marker, filler);
            body = body.replace(marker, filler);
        }
        Map<String, Object> model = common("../", guide.title() + " · " + settings.title(), guide.summary(),
                page.path());
        model.put("ogType", "article");
        model.put("title", guide.title());
        model.put("summary", guide.summary());
        model.put("category", guide.category());
        model.put("categoryHref", "../" + categoryPath(guide.category()));
        model.put("updatedIso", guide.updated().toString());
        model.put("updated", HUMAN_DATE.format(guide.updated()));
        model.put("readingMinutes", Math.max(1, (markdown.words() + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE));
        List<Map<String, Object>> toc = contents(markdown.headings());
        model.put("toc", toc);
        model.put("hasToc", !toc.isEmpty());
        // a stand-in, unless it is empty, which a template reads as false where it reads the stand-in as true
        model.put("body", body.isEmpty() ? "" : bodyStandIn);
        model.put("hasFiller", !templates.isEmpty());
        // said at the top, so a reader on a phone need not scroll past the whole guide to find the message
        model.put("messagesText", templates.size() == 1 ? "This guide has a message ready to fill in:"
                : "This guide has " + templates.size() + " messages ready to fill in:");
        model.put("messages", templates.stream().map(t -> Map.of("id", t.fillerId(), "title", t.title()))
                .toList());
        model.put("editHref", settings.editUrl().map(url -> url + guide.path()).orElse(""));
        model.put("hasEdit", settings.editUrl().isPresent());
        model.put("previous", neighbours.previous().map(g -> link(g, "../")).map(List::of).orElse(List.of()));
        model.put("next", neighbours.next().map(g -> link(g, "../")).map(List::of).orElse(List.of()));
        model.put("hasPager", neighbours.previous().isPresent() || neighbours.next().isPresent());
        model.put("related", neighbours.related().stream().map(g -> link(g, "../")).toList());
        model.put("tags", guide.tags().stream().distinct()
                .map(t -> Map.of("name", t, "href", "../" + tagPath(t))).toList());
        model.put("hasTags", !guide.tags().isEmpty());
        model.put("hasRelated", !neighbours.related().isEmpty());
        String shell = theme.render("guide", model);
        int at = shell.indexOf(bodyStandIn);
        if (!body.isEmpty() && (at < 0 || shell.indexOf(standInCore, shell.indexOf(standInCore) + 1) >= 0)) {
            // not the body once, as it is: rendered with it
            model.put("body", body.toString());
            shell = theme.render("guide", model);
            at = -1;
        }
        if (at < 0) { // checked whole
            return new Page(page.path(), shell, guide.path(), theme.templatePath("guide"), markdown.linkPositions(),
                    markdown.embeds(), templates);
        }
        String before = shell.substring(0, at);
        String after = shell.substring(at + bodyStandIn.length());
        // the guide's own HTML was checked from its parse in the Markdown stage: the verifier parses the rest
        return new Page(page.path(), join(before, body, after), guide.path(), theme.templatePath("guide"),
                markdown.linkPositions(), markdown.embeds(), templates,
                before + fillersOnly(markdown.html(), fillers) + after, Optional.of(markdown.checked()));
    }

    /**
     * A rendered body's fillers, in its order, without its own HTML: each marker of an embed replaced by its
     * filler, or left as it is when there is none, for the verifier to find.
     */
    private static String fillersOnly(Utf8 html, Map<String, String> fillers) {
        StringBuilder out = new StringBuilder();
        String start = RenderedMarkdown.MARKER_START; // ASCII: as many bytes as characters
        for (int at = html.indexOf(start, 0); at >= 0; at = html.indexOf(start, at + start.length())) {
            int name = at + start.length();
            String marker = RenderedMarkdown.embedMarker(html.slice(name, html.indexOf("\"", name)));
            out.append(fillers.getOrDefault(marker, marker));
        }
        return out.toString();
    }

    /** The UTF-8 bytes of a page: the theme's part before the body, the body's own bytes, the part after. */
    private static byte[] join(String before, Utf8 body, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] page = Arrays.copyOf(head, head.length + body.bytes().length + tail.length);
        System.arraycopy(body.bytes(), 0, page, head.length, body.bytes().length);
        System.arraycopy(tail, 0, page, head.length + body.bytes().length, tail.length);
        return page;
    }

    /** Renders the home page: what the handbook is, then each category with its first guides. */
    private Page home(PageModel.Home home) throws TemplateException {
        Map<String, Object> model = common("", settings.title(), settings.description(), "");
        List<Map<String, Object>> categories = new ArrayList<>();
        for (PageModel.Category category : home.categories()) {
            int more = category.total() - category.guides().size();
            categories.add(Map.of("name", category.name(), "id", "category-" + Names.slug(category.name()),
                    "href", categoryPath(category.name()),
                    "guides", category.guides().stream().map(g -> link(g, "")).toList(),
                    "hasMore", more > 0, "all", String.format(Locale.ROOT, "All %,d guides about %s", category.total(),
                            category.name())));
        }
        model.put("categories", categories);
        return new Page(home.path(), theme.render("home", model), theme.templatePath("home"),
                theme.templatePath("home"), Map.of(), List.of(), List.of());
    }

    /** Renders one page of a category's or a tag's guides, with links to the pages before and after it. */
    private Page listing(PageModel.Listing listing) throws TemplateException {
        String name = listing.name();
        int page = listing.page();
        String count = String.format(Locale.ROOT, "%,d %s", listing.total(), listing.total() == 1 ? "guide" : "guides")
                + (listing.pages() > 1 ? String.format(Locale.ROOT, ", page %d of %d.", page, listing.pages()) : ".");
        boolean category = listing.kind() == PageModel.Kind.CATEGORY;
        String root = page == 1 ? "../../" : "../../../../";
        String titled = page == 1 ? "" : String.format(Locale.ROOT, " (page %d of %d)", page, listing.pages());
        Map<String, Object> model = category
                ? common(root, name + titled + " · " + settings.title(),
                        "Guides about " + name.toLowerCase(Locale.ROOT) + ": " + count, listing.path())
                : common(root, "Tagged " + name + titled + " · " + settings.title(), "Guides tagged " + name + ": "
                        + count, listing.path());
        model.put("name", name);
        model.put("guides", listing.guides().stream().map(g -> link(g, root)).toList());
        // page-relative, like every link: page 1 is ../../ from page N, page N is page/N/ from page 1
        String first = page == 1 ? "index.html" : "../../index.html";
        model.put("firstHref", first);
        model.put("hasPages", listing.pages() > 1);
        model.put("pageText", String.format(Locale.ROOT, "Page %d of %d", page, listing.pages()));
        model.put("countText", count);
        model.put("hasPrevious", page > 1);
        model.put("previousHref", page == 2 ? "../../index.html" : "../" + (page - 1) + "/index.html");
        model.put("hasNext", page < listing.pages());
        model.put("nextHref", page == 1 ? "page/2/index.html" : "../" + (page + 1) + "/index.html");
        String template = category ? "category" : "tag";
        return new Page(listing.path(), theme.render(template, model), theme.templatePath(template),
                theme.templatePath(template), Map.of(), List.of(), List.of());
    }

    /**
     * The models of the pages that list guides: home, 404, then the pages of each category and each tag. None
     * grows with the handbook past {@link #PER_PAGE} guides (the home page, past {@link #ON_HOME} a category).
     */
    public List<PageModel> listings(List<Guide> guides) {
        List<PageModel> models = new ArrayList<>();
        Map<String, List<Guide>> byCategory = byCategory(guides);
        models.add(new PageModel.Home(byCategory.entrySet().stream()
                .map(e -> new PageModel.Category(e.getKey(), links(e.getValue().subList(0,
                        Math.min(ON_HOME, e.getValue().size()))), e.getValue().size())).toList()));
        models.add(new PageModel.NotFound());
        byCategory.forEach((name, list) -> paged(PageModel.Kind.CATEGORY, name, list, models));
        byTag(guides).forEach((tag, list) -> paged(PageModel.Kind.TAG, tag, list, models));
        return models;
    }

    private static void paged(PageModel.Kind kind, String name, List<Guide> guides, List<PageModel> into) {
        int pages = Math.max(1, (guides.size() + PER_PAGE - 1) / PER_PAGE);
        for (int page = 1; page <= pages; page++) {
            List<Guide> slice = guides.subList((page - 1) * PER_PAGE, Math.min(page * PER_PAGE, guides.size()));
            into.add(new PageModel.Listing(kind, name, links(slice), page, pages, guides.size()));
        }
    }

    private static List<GuideLink> links(List<Guide> guides) {
        return guides.stream().map(GuideLink::to).toList();
    }

    /** The output path of a tag's page, e.g. {@code tag/email/index.html}. */
    public static String tagPath(String tag) {
        return "tag/" + Names.slug(tag) + "/index.html";
    }

    /** Guides by tag, tags in alphabetical order, guides as in {@link #byCategory(List)}. */
    public Map<String, List<Guide>> byTag(List<Guide> guides) {
        Map<String, List<Guide>> tagged = new TreeMap<>();
        for (List<Guide> list : byCategory(guides).values()) {
            for (Guide guide : list) {
                for (String tag : new LinkedHashSet<>(guide.tags())) {
                    tagged.computeIfAbsent(tag, t -> new ArrayList<>()).add(guide);
                }
            }
        }
        return tagged;
    }

    /** Renders the page shown for an address that does not exist. */
    private Page notFound() throws TemplateException {
        Map<String, Object> model = common("", "Page not found · " + settings.title(),
                "This page does not exist. Search the handbook or start again from the list of guides.", "");
        model.put("hasCanonical", false);
        // its script finds the site's root from any depth; the page's policy allows exactly that script
        model.put("hasScriptHash", true);
        model.put("scriptHash", "sha256-" + ScriptHash.of(theme.render("not-found-script", Map.of())));
        settings.baseUrl().ifPresent(url -> {
            model.put("hasSitePath", true);
            model.put("sitePath", URI.create(url).getPath());
        });
        return new Page("404.html", theme.render("not-found", model), theme.templatePath("not-found"),
                theme.templatePath("not-found"), Map.of(), List.of(), List.of());
    }

    /** {@code robots.txt}: everything may be indexed; names the sitemap when the base URL is known. */
    public String robots() {
        return "User-agent: *\nAllow: /\n" + settings.baseUrl().map(url -> "Sitemap: " + url + "sitemap.xml\n")
                .orElse("");
    }

    /**
     * {@code sitemap.xml} and {@code feed.xml} (Atom, newest first), which need absolute addresses; empty when
     * the settings name no base URL.
     *
     * @throws TemplateException if the theme cannot render them
     */
    public Map<String, String> feeds(List<Guide> guides) throws TemplateException {
        if (settings.baseUrl().isEmpty()) {
            return Map.of();
        }
        String base = settings.baseUrl().get();
        List<Guide> newest = guides.stream().sorted(Comparator.comparing(Guide::updated).reversed()
                .thenComparing(Guide::slug)).toList();
        List<Map<String, Object>> urls = new ArrayList<>();
        urls.add(Map.of("loc", base, "lastmod", newest.isEmpty() ? "" : newest.get(0).updated().toString(),
                "hasLastmod", !newest.isEmpty()));
        for (String category : byCategory(guides).keySet()) {
            urls.add(Map.of("loc", base + categoryPath(category), "lastmod", "", "hasLastmod", false));
        }
        for (Guide guide : guides.stream().sorted(Comparator.comparing(Guide::slug)).toList()) {
            urls.add(Map.of("loc", base + guidePath(guide.slug()), "lastmod", guide.updated().toString(),
                    "hasLastmod", true));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("urls", urls);
        model.put("siteTitle", settings.title());
        model.put("siteDescription", settings.description());
        model.put("base", base);
        model.put("updated", newest.isEmpty() ? "1970-01-01T00:00:00Z" : newest.get(0).updated() + "T00:00:00Z");
        model.put("entries", newest.stream().map(g -> Map.of("title", g.title(), "summary", g.summary(),
                "url", base + guidePath(g.slug()), "updated", g.updated() + "T00:00:00Z", "category", g.category())).toList());
        Map<String, String> files = new LinkedHashMap<>();
        files.put(FEEDS.get(0), theme.render("sitemap", model));
        files.put(FEEDS.get(1), theme.render("feed", model));
        return files;
    }

    /** The contents list: each h2 with the h3 headings under it; an h3 before any h2 stands alone. */
    static List<Map<String, Object>> contents(List<RenderedMarkdown.Heading> headings) {
        List<Map<String, Object>> toc = new ArrayList<>();
        List<Map<String, Object>> children = null;
        for (RenderedMarkdown.Heading heading : headings) {
            if (heading.level() == 3 && children != null) {
                children.add(Map.of("id", heading.id(), "text", heading.text()));
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", heading.id());
            entry.put("text", heading.text());
            children = heading.level() == 2 ? new ArrayList<>() : null;
            entry.put("children", children == null ? List.of() : children);
            toc.add(entry);
        }
        for (Map<String, Object> entry : toc) {
            entry.put("hasChildren", !((List<?>) entry.get("children")).isEmpty());
        }
        return toc;
    }

    /**
     * Guides grouped by category: the settings' order first, then alphabetically; in each, by order, title.
     * Unmodifiable.
     */
    public Map<String, List<Guide>> byCategory(List<Guide> guides) {
        // home, tags, feeds and neighbours all ask, with the same list, during one build
        Grouped last = grouped;
        if (last != null && last.guides() == guides) {
            return last.byCategory();
        }
        Map<String, List<Guide>> byCategory = Collections.unmodifiableMap(group(guides));
        grouped = new Grouped(guides, byCategory);
        return byCategory;
    }

    private record Grouped(List<Guide> guides, Map<String, List<Guide>> byCategory) {
    }

    private Map<String, List<Guide>> group(List<Guide> guides) {
        Map<String, List<Guide>> unsorted = new HashMap<>();
        for (Guide guide : guides) {
            unsorted.computeIfAbsent(guide.category(), c -> new ArrayList<>()).add(guide);
        }
        Comparator<String> categoryOrder = Comparator.comparingInt((String c) -> {
            int index = settings.categories().indexOf(c);
            return index < 0 ? Integer.MAX_VALUE : index;
        }).thenComparing(Comparator.naturalOrder());
        Map<String, List<Guide>> grouped = new LinkedHashMap<>();
        unsorted.keySet().stream().sorted(categoryOrder).forEach(category -> grouped.put(category,
                unsorted.get(category)));
        grouped.replaceAll((category, list) -> {
            list.sort(Comparator.comparingInt(Guide::order).thenComparing(Guide::title).thenComparing(Guide::slug));
            return Collections.unmodifiableList(list);
        });
        return grouped;
    }

    /**
     * Each guide's neighbours by slug: previous and next in its category's order, and up to three related
     * guides ranked by shared tags (two points each) and a shared category (one point), then by title.
     */
    public Map<String, Neighbours> neighbours(List<Guide> guides) {
        Map<Guide, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < guides.size(); i++) {
            index.put(guides.get(i), i);
        }
        Map<String, List<Integer>> tagged = new HashMap<>();
        for (Guide guide : guides) {
            for (String tag : new LinkedHashSet<>(guide.tags())) {
                tagged.computeIfAbsent(tag, t -> new ArrayList<>()).add(index.get(guide));
            }
        }
        Map<String, int[]> byTag = new HashMap<>();
        tagged.forEach((tag, list) -> byTag.put(tag, list.stream().mapToInt(Integer::intValue).toArray()));
        // equal points go by title, then slug: ranked once, so the many comparisons compare numbers
        Integer[] order = new Integer[guides.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> guides.get(i).title())
                .thenComparing(i -> guides.get(i).slug()));
        int[] rank = new int[guides.size()];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        record Place(Guide guide, List<Guide> category, int[] byRank, int position) {
        }
        List<Place> places = new ArrayList<>();
        int[] categoryOf = new int[guides.size()];
        int number = 0;
        for (List<Guide> list : byCategory(guides).values()) {
            int[] byRank = list.stream().mapToInt(index::get).boxed().sorted(Comparator.comparingInt(g -> rank[g]))
                    .mapToInt(Integer::intValue).toArray();
            for (int at : byRank) {
                categoryOf[at] = number;
            }
            number++;
            for (int i = 0; i < list.size(); i++) {
                places.add(new Place(list.get(i), list, byRank, i));
            }
        }
        // each guide's ranking is its own, so they are worked out in parallel; the map is sorted by slug
        List<Neighbours> made = places.parallelStream().map(place -> {
            List<Guide> list = place.category();
            int i = place.position();
            Optional<GuideLink> previous = i > 0 ? Optional.of(GuideLink.to(list.get(i - 1))) : Optional.empty();
            Optional<GuideLink> next = i + 1 < list.size() ? Optional.of(GuideLink.to(list.get(i + 1)))
                    : Optional.empty();
            return new Neighbours(previous, next, related(index.get(place.guide()), place.guide(), guides, byTag,
                    place.byRank(), categoryOf, rank).stream()
                    .map(GuideLink::to).toList());
        }).toList();
        Map<String, Neighbours> out = new TreeMap<>();
        for (int i = 0; i < places.size(); i++) {
            out.put(places.get(i).guide().slug(), made.get(i));
        }
        return out;
    }

    /**
     * Each thread's scratch space for {@link #related}: points for shared tags by guide position (all zero between
     * uses) and the positions that got any.
     */
    private static final ThreadLocal<int[][]> SCRATCH = ThreadLocal.withInitial(() -> new int[2][0]);

    /**
     * A guide's three most related guides: two points for each shared tag and one for a shared category, then by
     * title and slug ({@code rank}). Guides that share only the category all have one point, fewer than any guide
     * that shares a tag, so they are taken in rank order only when fewer than three share a tag.
     *
     * @param self         the guide's position
     * @param sameCategory the positions of its category's guides, in rank order
     * @param categoryOf   each guide's category, as a number
     */
    private static List<Guide> related(int self, Guide guide, List<Guide> guides, Map<String, int[]> byTag,
                                       int[] sameCategory, int[] categoryOf, int[] rank) {
        int[][] scratch = SCRATCH.get();
        if (scratch[0].length < guides.size()) {
            scratch[0] = new int[guides.size()];
            scratch[1] = new int[guides.size()];
        }
        int[] scores = scratch[0];
        int[] touched = scratch[1];
        int count = 0;
        try {
            for (String tag : new LinkedHashSet<>(guide.tags())) {
                for (int other : byTag.get(tag)) {
                    if (scores[other] == 0) {
                        touched[count++] = other;
                    }
                    scores[other] += 2;
                }
            }
            for (int i = 0; i < count; i++) {
                if (categoryOf[touched[i]] == categoryOf[self]) {
                    scores[touched[i]] += 1;
                }
            }
            // the best three in one pass, not a sort of every candidate
            int[] best = new int[4];
            int found = 0;
            for (int i = 0; i < count; i++) {
                int candidate = touched[i];
                if (candidate == self || found == 3 && before(best[2], candidate, scores, rank)) {
                    continue;
                }
                int at = found;
                while (at > 0 && before(candidate, best[at - 1], scores, rank)) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = candidate;
                found = Math.min(found + 1, 3);
            }
            for (int i = 0; i < sameCategory.length && found < 3; i++) {
                int candidate = sameCategory[i];
                if (candidate != self && scores[candidate] == 0) {
                    best[found++] = candidate;
                }
            }
            List<Guide> related = new ArrayList<>(found);
            for (int i = 0; i < found; i++) {
                related.add(guides.get(best[i]));
            }
            return List.copyOf(related);
        } finally {
            for (int i = 0; i < count; i++) {
                scores[touched[i]] = 0;
            }
        }
    }

    /** Whether guide {@code a} ranks before guide {@code b}: more points, then title, then slug ({@code rank}). */
    private static boolean before(int a, int b, int[] scores, int[] rank) {
        return scores[a] != scores[b] ? scores[a] > scores[b] : rank[a] < rank[b];
    }

    private static Map<String, Object> link(GuideLink guide, String root) {
        return Map.of("title", guide.title(), "summary", guide.summary(), "href", root + guidePath(guide.slug()));
    }

    private Map<String, Object> common(String root, String pageTitle, String description, String path) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", settings.language());
        model.put("siteTitle", settings.title());
        model.put("siteDescription", settings.description());
        model.put("pageTitle", pageTitle);
        model.put("description", description);
        model.put("root", root);
        model.put("hasFiller", false);
        model.put("hasCanonical", settings.baseUrl().isPresent());
        model.put("canonical", settings.baseUrl().map(url -> url + path).orElse(""));
        model.put("ogType", "website");
        model.put("hasScriptHash", false);
        model.put("scriptHash", "");
        model.put("hasSitePath", false);
        model.put("sitePath", "");
        return model;
    }

    /** The model of {@code filler.mustache} for one template. */
    static Map<String, Object> fillerModel(MessageTemplate template) {
        String prefix = template.fillerId();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", template.name());
        model.put("id", prefix);
        model.put("title", template.title());
        model.put("description", template.description());
        model.put("hasDescription", !template.description().isEmpty());
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Field field : template.fields()) {
            Map<String, Object> f = new LinkedHashMap<>();
            String controlId = prefix + "-f-" + field.id();
            f.put("field", field.id());
            f.put("controlId", controlId);
            f.put("label", field.label());
            f.put("hint", field.hint());
            f.put("hasHint", !field.hint().isEmpty());
            f.put("hintId", controlId + "-hint");
            f.put("example", field.example().isEmpty() ? "" : "e.g. " + field.example());
            f.put("multiline", field.kind() == FieldKind.MULTILINE);
            f.put("inputType", field.kind().inputType());
            f.put("autocomplete", field.kind().autocomplete());
            f.put("aboutReader", field.kind().aboutReader());
            f.put("maxLength", field.kind().maxLength());
            f.put("maxLengthText", String.format(Locale.ROOT, "%,d", field.kind().maxLength()));
            f.put("countId", controlId + "-count");
            f.put("describedBy", (field.hint().isEmpty() ? "" : controlId + "-hint ") + controlId + "-count");
            fields.add(f);
        }
        model.put("fields", fields);
        List<Map<String, Object>> choices = new ArrayList<>();
        for (Choice choice : template.choices()) {
            Map<String, Object> c = new LinkedHashMap<>();
            String controlId = prefix + "-c-" + choice.id();
            c.put("choice", choice.id());
            c.put("controlId", controlId);
            c.put("label", choice.label());
            c.put("toggle", choice.toggle());
            c.put("checked", choice.defaultIndex() == 1);
            List<Map<String, Object>> options = new ArrayList<>();
            for (int i = 0; i < choice.options().size(); i++) {
                options.add(Map.of("optionId", controlId + "-" + i, "index", i,
                        "label", choice.options().get(i).label(), "checked", i == choice.defaultIndex()));
            }
            c.put("options", options);
            choices.add(c);
        }
        model.put("choices", choices);
        model.put("hasChoices", !choices.isEmpty());
        model.put("subjectParts", fallbackParts(template, template.subject()));
        model.put("bodyParts", fallbackParts(template, template.body()));
        model.put("data", template.toJson());
        return model;
    }

    /** The fallback text as parts, with placeholders marked: what a reader without scripts sees. */
    private static List<Map<String, Object>> fallbackParts(MessageTemplate template, List<Segment> segments) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment instanceof Segment.Text text) {
                parts.add(Map.of("text", text.text(), "placeholder", false));
            } else if (segment instanceof Segment.Field field) {
                parts.add(Map.of("text", field.written(), "placeholder", true));
            } else if (segment instanceof Segment.ChoiceRef ref) {
                Choice choice = template.choice(ref.id());
                List<Segment> chosen = choice.options().get(choice.defaultIndex()).segments();
                if (!chosen.isEmpty()) {
                    parts.add(Map.of("text", ref.prefix(), "placeholder", false));
                    parts.addAll(fallbackParts(template, chosen));
                    parts.add(Map.of("text", ref.suffix(), "placeholder", false));
                }
            }
        }
        return parts;
    }
}
