package org.attune.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.attune.coding.consensus.Consensus;
import org.attune.coding.consensus.Decision;
import org.attune.coding.consensus.Disagreement;
import org.attune.coding.consensus.Disagreements;
import org.attune.model.Code;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code settle <project> --coders A,B --number N --decision D}: settles disagreements into consensus codings. */
@Command(name = "settle", description = "Settle two coders' disagreements (numbers from 'attune cli disagreements') into "
        + "consensus codings: accept-a, accept-b, both, neither, adjust (--code, --start, --end) or reopen; --agreed copies "
        + "the codings both coders agree on. Each decision is one undoable action recording who made it and when.")
public class SettleCommand extends CoderPair implements Callable<Integer> {
    @Option(names = "--number", paramLabel = "N", description = "The disagreement's number (repeatable).")
    List<Integer> numbers;

    @Option(names = "--decision", paramLabel = "D", description = "accept-a (or a), accept-b (or b), both, neither, adjust or reopen.")
    String decision;

    @Option(names = "--code", paramLabel = "NAME", description = "With adjust: the code (default: A's, else B's).")
    String code;

    @Option(names = "--start", paramLabel = "POS", description = "With adjust: the first code point (or ms).")
    Long start;

    @Option(names = "--end", paramLabel = "POS", description = "With adjust: the end, exclusive.")
    Long end;

    @Option(names = "--into", paramLabel = "CODER", description = "The consensus codings' coder (default: consensus).")
    String into;

    @Option(names = "--agreed", description = "Copy the codings both coders agree on (same code, same stretch) into the consensus.")
    boolean agreed;

    record Settled(int number, String kind, String source, String decision) {
    }

    record Result(String project, List<Settled> settled, int agreedAdopted, int settledNow, int total) {
    }

    @Override
    public Integer call() {
        boolean reopen = this.decision != null && this.decision.strip().equalsIgnoreCase("reopen");
        Decision decision;
        try {
            decision = this.decision == null || reopen ? null : Decision.of(this.decision);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(this.spec.commandLine(), "no decision \"" + this.decision.strip()
                    + "\": accept-a, accept-b, both, neither, adjust or reopen");
        }
        if ((this.numbers == null) != (this.decision == null) || this.numbers == null && !this.agreed) {
            throw new CommandLine.ParameterException(this.spec.commandLine(), "Give --number N with --decision D, or --agreed");
        }
        if ((decision == Decision.ADJUST) != (this.start != null && this.end != null) || decision != Decision.ADJUST && this.code != null) {
            throw new CommandLine.ParameterException(this.spec.commandLine(), "--start, --end (and --code) go with --decision adjust, which needs both");
        }
        return OpenProject.run(this.project, this.access, true, p -> {
            if (this.as != null) {
                p.store.setCurrentUser(this.as.strip());
            }
            var pair = this.coders(p);
            List<Disagreement> all = this.all(p, pair);
            Consensus consensus = new Consensus(p.store, this.into);
            int adopted = this.agreed ? consensus.adoptAgreed(Disagreements.agreed(p.store, comparable(p, pair), pair[0], pair[1])) : 0;
            List<Settled> done = new ArrayList<>();
            StringBuilder text = new StringBuilder(this.agreed ? adopted + " agreed codings copied into the consensus\n" : "");
            for (int n : this.numbers == null ? List.<Integer>of() : this.numbers) {
                Disagreement d = all.stream().filter(x -> x.number() == n).findFirst().orElseThrow(() -> p.failure("no disagreement #" + n
                        + " between " + pair[0].getName() + " and " + pair[1].getName() + " (there are " + all.size() + ")"));
                if (reopen) {
                    consensus.reopen(d);
                } else if (decision == Decision.ADJUST) {
                    Code code = this.code != null ? p.code(this.code) : (d.a() != null ? d.a() : d.b()).getCode();
                    consensus.adjust(d, code, this.start, this.end);
                } else {
                    consensus.settle(d, decision);
                }
                String word = reopen ? "reopened" : decision.word();
                done.add(new Settled(n, d.kind().label(), d.source().getName(), word));
                text.append("#").append(n).append(" (").append(d.kind().label()).append(", ").append(d.source().getName()).append("): ")
                        .append(word).append('\n');
            }
            Consensus.Progress progress = Consensus.progress(p.store.project(), all);
            text.append(progress);
            return this.output.done(new Result(p.folder.toString(), done, adopted, progress.settled(), progress.total()), text.toString());
        });
    }
}
