package org.attune.cli.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import org.attune.coding.SearchAndCode;
import org.attune.core.Counted;
import org.attune.index.HitKind;
import org.attune.index.ProjectIndex;
import org.attune.index.SearchHit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search <project> <query>}: keyword-in-context lines, or --json; the syntax is in docs/search.md. */
@Command(name = "search", description = "Search the project's transcripts, coded stretches, memos and code definitions; prints each hit in its context.")
public class SearchCommand extends OnProject {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<query>",
            description = "Words, \"phrases\", wild*cards, fuzzy~, \"near words\"~5, AND OR NOT, speaker:, source:, folder:, case:, case.role:, case.<attribute>:, code:, kind:, title:, exact:")
    List<String> query;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many hits (default: 100).")
    int limit;

    @Option(names = "--code", paramLabel = "NAME", description = "Code every hit with this code (created if new), as one undoable action.")
    String code;

    @Option(names = "--kind", paramLabel = "KIND", split = ",", description = "Only hits in these: transcript (turns and paragraphs), "
            + "coding (coded stretches), memo, code (definitions); default: all but codings, unless the query names code: or kind:.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--turns", description = "With --code: code the whole turn (or paragraph) of each hit.")
    boolean turns;

    @Mixin
    Viewing viewing;

    /** @param explanation why nothing was found, where the index can tell; else null */
    record Result(String query, int count, List<SearchHit> hits, SearchAndCode.Result coding, String explanation) {
    }

    @Override
    public Integer call() {
        String text = String.join(" ", query);
        return read(store -> {
            try (ProjectIndex index = ProjectIndex.open(store)) {
                java.util.Set<String> shown = viewing.lens(store.project()).shownIds(store); // blind rule, --coder
                List<SearchHit> hits = index.searcher().search(text, limit, kinds(), shown::contains);
                StringBuilder lines = new StringBuilder();
                for (SearchHit h : hits) {
                    lines.append(String.format(Locale.ROOT, "%-20s %-12s %9s  %40s[%s]%s%n", abbreviate(h.sourceName(), 20),
                            h.speaker() == null ? "" : abbreviate(h.speaker(), 12), h.clock(),
                            h.before(), h.match(), h.after()));
                }
                SearchAndCode.Result coding = code == null ? null : SearchAndCode.code(store, hits.stream()
                        .map(h -> new SearchAndCode.Stretch(h.inTranscript() ? h.sourceId() : null, turns ? h.unitStart() : h.start(), turns ? h.unitEnd() : h.end())).toList(), code);
                String summary = Counted.of(hits.size(), "hit") + (coding == null ? "" : String.format(Locale.ROOT,
                        "; coded %d with \"%s\"%s%s", coding.coded(), coding.code(), coding.newCode() ? " (a new code)" : "",
                        coding.alreadyCoded() > 0 ? ", " + coding.alreadyCoded() + " were coded with it already" : "")
                        + (coding.notInTranscripts() > 0 ? ", " + coding.notInTranscripts() + " in memos or code definitions left out"
                                : ""));
                String why = hits.isEmpty() ? index.searcher().whyNothingFound(text) : null;
                String notice = index.takeNotice();
                if (notice != null) {
                    access.warn(notice);
                }
                return output.done(new Result(text, hits.size(), hits, coding, why), lines + summary + (why == null ? "" : ": " + why));
            }
        });
    }

    private Set<HitKind> kinds() {
        Set<HitKind> wanted = EnumSet.noneOf(HitKind.class);
        for (String kind : kinds) {
            wanted.add(switch (kind.strip().toLowerCase(Locale.ROOT)) {
                case "transcript", "unit", "turn" -> HitKind.UNIT;
                case "coding", "coded" -> HitKind.CODING;
                case "memo" -> HitKind.MEMO;
                case "code" -> HitKind.CODE;
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown --kind " + kind + ": write transcript, coding, memo or code");
            });
        }
        return wanted;
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
