package org.attune.bench.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants the campaign checks, each counted (times checked, times broken, the first few examples). Which
 * of them fail the run is chosen by the caller: the ones that hold on today's code are asserted by default; the
 * rest are measured and reported until the defects behind them are fixed (docs/reliability.md lists both).
 */
final class Checks {
    /** Invariant ids, in the order they are printed, with what each means. */
    static final Map<String, String> MEANING = new LinkedHashMap<>();

    static {
        MEANING.put("acknowledged-present", "every acknowledged action is in the project after a kill");
        MEANING.put("all-or-nothing", "an action cut off by a kill is wholly there or wholly absent");
        MEANING.put("opens-after-kill", "the project opens after a kill");
        MEANING.put("killed-console-clean", "a killed child printed no stack trace before it died");
        MEANING.put("no-orphans", "no temporary or half-written files are left in the project after a kill");
        MEANING.put("backups-whole", "every backup the project lists is a whole zip");
        MEANING.put("newest-backup-restores", "the newest listed backup restores and the project then opens");
        MEANING.put("damage-explained", "a damaged file is reported with a message, never a stack trace or a hang");
        MEANING.put("damage-not-silent", "a damaged project never opens showing less or other than it held");
        MEANING.put("create-race-safe", "two creates of one encrypted project at once: one wins, one is told, it opens");
        MEANING.put("lock-honoured", "a second writer is refused with a message while the first works, nothing lost");
        MEANING.put("disk-full-explained", "a write on a full disk fails with a message naming what and where, no trace");
        MEANING.put("disk-full-reads", "a project on a full disk can still be read");
        MEANING.put("disk-full-nothing-lost", "after a failed write on a full disk the project holds exactly what it held");
    }

    /** Asserted by default: every invariant (a run can still be told to report some only; see docs/reliability.md). */
    static final Set<String> ASSERTED_BY_DEFAULT = Set.of("acknowledged-present", "all-or-nothing", "opens-after-kill",
            "lock-honoured", "disk-full-nothing-lost", "create-race-safe", "no-orphans", "backups-whole",
            "killed-console-clean", "newest-backup-restores", "disk-full-explained", "disk-full-reads", "damage-explained",
            "damage-not-silent");

    record Result(String id, String meaning, boolean asserted, int checked, int broken, List<String> examples) {
    }

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, List<String>> examples = new LinkedHashMap<>();

    void check(String id, boolean holds, String example) {
        if (!MEANING.containsKey(id)) {
            throw new IllegalArgumentException("unknown invariant " + id);
        }
        int[] c = counts.computeIfAbsent(id, k -> new int[2]);
        c[0]++;
        if (!holds) {
            c[1]++;
            List<String> list = examples.computeIfAbsent(id, k -> new ArrayList<>());
            if (list.size() < 5) {
                list.add(example);
            }
        }
    }

    List<Result> results(Set<String> asserted) {
        List<Result> all = new ArrayList<>();
        for (String id : MEANING.keySet()) {
            int[] c = counts.getOrDefault(id, new int[2]);
            all.add(new Result(id, MEANING.get(id), asserted.contains(id), c[0], c[1], examples.getOrDefault(id, List.of())));
        }
        return all;
    }
}
