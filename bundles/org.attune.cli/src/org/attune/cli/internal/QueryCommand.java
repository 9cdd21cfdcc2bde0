package org.attune.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.analysis.AnalysisFilter;
import org.attune.analysis.CodingFilter;
import org.attune.analysis.CodingQuery;
import org.attune.analysis.CodingSet;
import org.attune.analysis.Cooccurrence.CodePair;
import org.attune.core.Counted;
import org.attune.index.HitKind;
import org.attune.index.ProjectIndex;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code query <project> --codes "A AND B" [--where role=carer] [--folder NAME] [--text QUERY]}: the coded stretches
 * an expression over codes selects; {@code --cooccurrence}: how often codes meet. The syntax is in docs/search.md.
 */
@Command(name = "query", description = "Coding query: stretches coded A AND B (overlapping), A OR B, A NOT B, A NEAR/n B; "
        + "or --cooccurrence counts.")
public class QueryCommand extends OnProject {
    @Option(names = "--codes", paramLabel = "EXPRESSION", description = "e.g. \"Shared review\" AND Attunement")
    String expression;

    @Option(names = "--cooccurrence", description = "Count, for each pair of codes, overlapping codings and turns (in a text "
            + "without turns, paragraphs) holding both: the cells of matrix --cooccurrence.")
    boolean cooccurrence;

    @Option(names = "--where", paramLabel = "ATTRIBUTE=VALUE", description = "Only stretches of cases with this attribute value, "
            + "e.g. role=carer, or of sources with this source attribute value, e.g. source.Kind=photo (repeat: all must hold).")
    List<String> where = new ArrayList<>();

    @Option(names = "--folder", paramLabel = "NAME", description = "Only sources in this folder or its sub-folders (repeat: any).")
    List<String> folders = new ArrayList<>();

    @Option(names = "--text", paramLabel = "QUERY", description = "Only stretches whose words match this search, e.g. \"attun*\".")
    String text;

    @Mixin
    Viewing viewing;

    /** How many matches of {@code --text} are looked at, at most. */
    static final int TEXT_HITS = 100_000;

    /** A segment with its words, for people and scripts. */
    record Row(String source, int start, int end, List<String> codes, String text) {
    }

    record Result(String query, int count, List<Row> segments) {
    }

    record Cooccurrence(int count, List<CodePair> pairs) {
    }

    @Override
    public Integer call() {
        if ((expression == null) == !cooccurrence) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --codes EXPRESSION or --cooccurrence");
        }
        if (cooccurrence && text != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--text goes with --codes, not with --cooccurrence");
        }
        return read(store -> {
            CodingFilter filter = CodingFilter.of(where, folders).seenThrough(viewing.lens(store.project()));
            if (cooccurrence) {
                filter.check(store);
                List<CodePair> pairs = org.attune.analysis.Cooccurrence.pairs(CodingSet.read(store, AnalysisFilter.NONE.seenThrough(filter::admits)));
                StringBuilder lines = new StringBuilder(String.format(Locale.ROOT, "%-30s %-30s %11s %9s%n", "code", "code",
                        "overlapping", "same turn"));
                for (CodePair p : pairs) {
                    lines.append(String.format(Locale.ROOT, "%-30s %-30s %11d %9d%n", p.codeA(), p.codeB(), p.overlapping(), p.sameTurn()));
                }
                return output.done(new Cooccurrence(pairs.size(), pairs), lines + Counted.of(pairs.size(), "pair", "pairs") + " of codes");
            }
            List<CodingQuery.Segment> segments = CodingQuery.run(store, expression, filter);
            if (text != null) {
                try (ProjectIndex index = ProjectIndex.open(store)) {
                    segments = CodingQuery.containing(segments, index.searcher().search(text, TEXT_HITS, Set.of(HitKind.UNIT)).stream()
                            .map(h -> new CodingQuery.Place(h.sourceId(), h.start(), h.end())).toList());
                }
            }
            List<Row> rows = segments.stream()
                    .map(s -> new Row(s.sourceName(), s.start(), s.end(), List.copyOf(s.codes()), s.words())).toList();
            StringBuilder lines = new StringBuilder();
            for (Row r : rows) {
                lines.append(String.format(Locale.ROOT, "%-24s %6d-%-6d %s%n", r.source(), r.start(), r.end(), r.text()));
            }
            return output.done(new Result(expression, rows.size(), rows), lines + Counted.of(rows.size(), "segment"));
        });
    }
}
