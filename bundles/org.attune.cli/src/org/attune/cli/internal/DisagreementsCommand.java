package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.attune.cli.Output;
import org.attune.cli.ProjectAccess;
import org.attune.coding.BlindCoding;
import org.attune.coding.Texts;
import org.attune.coding.consensus.Consensus;
import org.attune.coding.consensus.Disagreement;
import org.attune.coding.consensus.Disagreements;
import org.attune.coding.consensus.Settlement;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.model.User;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code disagreements <project> --coders A,B}: where two coders' codings differ, numbered, and how far settling got. */
@Command(name = "disagreements", description = "List where two coders' codings differ (A only, B only, different boundaries, "
        + "different codes), numbered for 'attune cli settle', with each one's decision and the progress.")
public class DisagreementsCommand extends CoderPair implements Callable<Integer> {
    @Option(names = "--source", paramLabel = "NAME", description = "Only this source (repeatable).")
    List<String> sources;

    @Option(names = "--code", paramLabel = "NAME", description = "Only disagreements involving this code (repeatable).")
    List<String> codes;

    @Option(names = "--open", description = "Only the disagreements not settled yet.")
    boolean open;

    record Side(String code, long start, long end) {
    }

    record SettledJson(String decision, String by, String at, String into) {
    }

    /** {@code unit}: what start and end count, code points of a transcript or milliseconds of a recording. */
    record Row(int number, String kind, String source, String unit, long start, long end, Side a, Side b, String text, SettledJson settled) {
    }

    record Result(String project, List<String> coders, int settled, int total, List<Row> disagreements) {
    }

    @Override
    public Integer call() {
        return OpenProject.run(project, access, false, p -> {
            User[] pair = coders(p);
            List<Source> chosen = this.sources == null ? null : this.sources.stream().map(p::source).toList();
            List<Code> only = this.codes == null ? null : this.codes.stream().map(p::code).toList();
            List<Disagreement> listed = all(p, pair).stream().filter(d -> chosen == null || chosen.contains(d.source()))
                    .filter(d -> only == null || only.stream().anyMatch(d::involves))
                    .filter(d -> !open || Consensus.settlement(p.store.project(), d) == null).toList();
            Consensus.Progress progress = Consensus.progress(p.store.project(), listed);
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "coders %s (A) and %s (B): %d disagreements, %s%n",
                    pair[0].getName(), pair[1].getName(), listed.size(), progress));
            List<Row> rows = listed.stream().map(d -> row(p, d)).toList();
            for (Row r : rows) {
                text.append(String.format(Locale.ROOT, "#%d  %s  %d-%d  %s:  A %s  B %s  %s%n      \"%s\"%n", r.number(), r.source(),
                        r.start(), r.end(), r.kind(), side(r.a()), side(r.b()), r.settled() == null ? "open"
                                : "settled: " + r.settled().decision() + " by " + r.settled().by() + " at " + r.settled().at(),
                        r.text()));
            }
            return output.done(new Result(p.folder.toString(), List.of(pair[0].getName(), pair[1].getName()),
                    progress.settled(), progress.total(), rows), text.toString().stripTrailing());
        });
    }

    private static Row row(OpenProject p, Disagreement d) {
        Settlement s = Consensus.settlement(p.store.project(), d);
        String words = d.source() instanceof TextSource t ? Texts.slice(p.store.text(t), (int) d.start(), (int) d.end())
                .replaceAll("\\s+", " ").strip() : "";
        if (words.length() > 120) {
            words = words.substring(0, 119) + "…";
        }
        return new Row(d.number(), d.kind().label(), d.source().getName(), d.source() instanceof TextSource ? "characters" : "milliseconds",
                d.start(), d.end(), side(d.a()), side(d.b()), words,
                s == null ? null : new SettledJson(s.decision().word(), s.by() == null ? null : s.by().getName(), s.at().toString(),
                        s.into() == null ? null : s.into().getName()));
    }

    private static Side side(Coding c) {
        if (c == null) {
            return null;
        }
        Disagreement alone = new Disagreement(0, Disagreement.Kind.A_ONLY, c.getSource(), c, null);
        return new Side(c.getCode().path(), alone.start(), alone.end());
    }

    private static String side(Side s) {
        return s == null ? "-" : s.code() + " " + s.start() + "-" + s.end();
    }
}
