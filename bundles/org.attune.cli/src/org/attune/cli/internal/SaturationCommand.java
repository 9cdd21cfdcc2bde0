package org.attune.cli.internal;

import java.util.List;
import java.util.Locale;

import org.attune.core.Counted;
import org.attune.analysis.CodingSet;
import org.attune.analysis.Saturation;
import org.attune.model.Code;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code saturation <project>}: new codes per successive source, "am I still finding new codes?". */
@Command(name = "saturation", description = "Saturation: codes used, new codes and distinct codes so far, source by source.")
public class SaturationCommand extends OnProject {
    @Option(names = "--order", split = ",", paramLabel = "SOURCE",
            description = "Only these sources, in this order (e.g. the order of the interviews); default: import order.")
    List<String> order;

    @Mixin
    AnalysisOptions analysis;


    record StepJson(int index, String source, int codings, int codesUsed, int newCodeCount, List<String> newCodes,
            int cumulativeCodes) {
    }

    record Result(List<StepJson> steps, int distinctCodes) {
    }

    @Override
    public Integer call() {
        return read(store -> {
            CodingSet data = CodingSet.read(store, analysis.filter(store.project()));
            List<Saturation.Step> steps = order == null ? Saturation.compute(data) : Saturation.inOrder(data, order);
            List<StepJson> json = steps.stream().map(s -> new StepJson(s.index(), s.source().getName(), s.codings(),
                    s.codesUsed(), s.newCodeCount(), s.newCodes().stream().map(Code::getName).toList(), s.cumulativeCodes()))
                    .toList();
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%3s  %-28s %7s %6s %4s %10s  %s%n",
                    "#", "source", "codings", "codes", "new", "cumulative", "new codes"));
            for (StepJson s : json) {
                text.append(String.format(Locale.ROOT, "%3d  %-28s %7d %6d %4d %10d  %s%n", s.index(), cut(s.source()),
                        s.codings(), s.codesUsed(), s.newCodeCount(), s.cumulativeCodes(), String.join(", ", s.newCodes())));
            }
            int distinct = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).cumulativeCodes();
            return output.done(new Result(json, distinct), text + Counted.of(distinct, "distinct code") + " in " + Counted.of(steps.size(), "source"));
        });
    }

    private static String cut(String name) {
        return name.length() <= 28 ? name : name.substring(0, 27) + "\u2026";
    }
}
