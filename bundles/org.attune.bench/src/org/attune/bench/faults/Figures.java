package org.attune.bench.faults;

import java.util.Map;
import java.util.TreeMap;

/** The campaign's counters: faults injected by kind, actions acknowledged and verified, what was lost or left. */
final class Figures {
    int rounds;
    int acknowledged;
    int verified;
    int cutOff;
    int losses;
    int halfApplied;
    int refused;
    final Map<String, Integer> faults = new TreeMap<>();
    final Map<String, Integer> outcomes = new TreeMap<>();
    final Map<String, Integer> orphans = new TreeMap<>();

    void fault(String kind) {
        faults.merge(kind, 1, Integer::sum);
    }

    void outcome(String kind) {
        outcomes.merge(kind, 1, Integer::sum);
    }

    void orphan(String kind) {
        orphans.merge(kind, 1, Integer::sum);
    }
}
