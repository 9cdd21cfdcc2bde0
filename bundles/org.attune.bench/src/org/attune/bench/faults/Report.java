package org.attune.bench.faults;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The campaign's figures as text for people. */
final class Report {
    private Report() {
    }

    static String text(CampaignCommand.Result r) {
        StringBuilder t = new StringBuilder();
        t.append(r.command()).append('\n');
        t.append(String.format(Locale.ROOT, "rounds: %d (seed %d, %.0f s)%n", r.rounds(), r.seed(), r.seconds()));
        t.append("faults injected: ").append(list(r.faultsInjected())).append('\n');
        t.append(String.format(Locale.ROOT, "actions: %d acknowledged, %d verified present after the kill, %d cut off,"
                + " %d refused with a message%n", r.acknowledged(), r.verified(), r.cutOff(), r.refused()));
        t.append(String.format(Locale.ROOT, "losses: %d acknowledged effects missing; %d actions half applied%n",
                r.losses(), r.halfApplied()));
        t.append("orphans: ").append(r.orphans().isEmpty() ? "none" : list(r.orphans())).append('\n');
        t.append("damaged files:\n");
        r.damageOutcomes().forEach((k, v) -> t.append(String.format(Locale.ROOT, "  %-55s %d%n", k, v)));
        t.append("second writer: ").append(r.secondWriter()).append('\n');
        t.append("create race: ").append(r.createRace()).append('\n');
        t.append("disk full: ").append(r.diskFull()).append('\n');
        t.append("unexplained faults: ").append(r.unexplainedFaults()).append('\n');
        t.append("invariants (checked / broken):\n");
        for (Checks.Result c : r.invariants()) {
            t.append(String.format(Locale.ROOT, "  %-8s %-24s %4d / %-4d %s%n", c.asserted() ? "ASSERTED" : "reported",
                    c.id(), c.checked(), c.broken(), c.meaning()));
            c.examples().forEach(e -> t.append("             e.g. ").append(e).append('\n'));
        }
        t.append(r.passed() ? "passed: every asserted invariant held" : "FAILED: an asserted invariant was broken");
        return t.toString();
    }

    private static String list(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
