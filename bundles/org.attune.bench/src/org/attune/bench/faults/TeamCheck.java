package org.attune.bench.faults;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The team crash test's verdict: from each client's journal, the codes its acknowledged actions leave (by id, with
 * their names), and beside them what an action whose outcome is unsettled (cut off by a kill, or not learnt) may have
 * left; the database must hold exactly one of those states for each code, no code twice and no code no action made;
 * and the model of every client that lived to the end must equal the database.
 */
final class TeamCheck {
    /** A code's state: its name, or {@code null} for absent. */
    record Outcomes(String certain, Set<String> possible) {
        boolean allows(String state) {
            return Objects.equals(certain, state) || possible.contains(state);
        }
    }

    private TeamCheck() {
    }

    /**
     * The problems found, none when all holds. {@code journals}: each client's journal by its prefix; {@code database}:
     * the codes on the server, id to name; {@code names}: how many codes the server holds of each name;
     * {@code models}: the codes in the model of each client that ended by itself.
     */
    static List<String> problems(Map<String, Journal.Reading> journals, Map<String, String> database, Map<String, Long> names,
            Map<String, Map<String, String>> models) {
        List<String> problems = new ArrayList<>();
        Set<String> accounted = new HashSet<>();
        journals.forEach((prefix, journal) -> {
            Map<String, Outcomes> expected = expected(journal);
            expected.forEach((code, outcomes) -> {
                accounted.add(code);
                String held = database.get(code);
                if (!outcomes.allows(held)) {
                    problems.add(prefix + ": code " + code + " is " + (held == null ? "absent" : "\"" + held + "\"") + " on the server; its actions leave "
                            + (outcomes.certain() == null ? "it absent" : "\"" + outcomes.certain() + "\"")
                            + (outcomes.possible().isEmpty() ? "" : " or " + outcomes.possible()));
                }
            });
        });
        database.forEach((code, name) -> {
            if (!accounted.contains(code)) {
                problems.add("code \"" + name + "\" (" + code + ") is on the server, but no client's action made it");
            }
        });
        names.forEach((name, count) -> {
            if (count > 1) {
                problems.add("\"" + name + "\" is on the server " + count + " times: an action was applied more than once");
            }
        });
        models.forEach((prefix, model) -> {
            if (!model.equals(database)) {
                Set<String> differing = new LinkedHashSet<>();
                model.forEach((id, name) -> {
                    if (!Objects.equals(database.get(id), name)) {
                        differing.add(id);
                    }
                });
                database.keySet().stream().filter(id -> !model.containsKey(id)).forEach(differing::add);
                problems.add(prefix + ": its model differs from the server in " + differing.size() + " codes, e.g. " + differing.iterator().next());
            }
        });
        return problems;
    }

    /** Each code a client's actions touched, with the state its acknowledged actions leave and what the unsettled may have. */
    static Map<String, Outcomes> expected(Journal.Reading journal) {
        List<Step> steps = new ArrayList<>(journal.acknowledged());
        Set<Step> unsettled = new HashSet<>(journal.unsettled());
        steps.addAll(journal.unsettled());
        steps.sort(Comparator.comparingInt(TeamCheck::number));
        Map<String, String> certain = new HashMap<>();
        Map<String, Set<String>> possible = new HashMap<>();
        for (Step step : steps) {
            String state = TeamChildCommand.DELETE.equals(step.kind()) ? null : step.title();
            if (unsettled.contains(step)) {
                possible.computeIfAbsent(step.code(), k -> new HashSet<>()).add(state);
            } else {
                certain.put(step.code(), state);
                possible.remove(step.code()); // an acknowledged action after it sets the state whatever it did
            }
        }
        Map<String, Outcomes> outcomes = new TreeMap<>();
        Set<String> codes = new HashSet<>(certain.keySet());
        codes.addAll(possible.keySet());
        for (String code : codes) {
            outcomes.put(code, new Outcomes(certain.get(code), possible.getOrDefault(code, new HashSet<>()))); // may hold null: absent
        }
        return outcomes;
    }

    private static int number(Step step) {
        return Integer.parseInt(step.id().substring(step.id().lastIndexOf('-') + 1));
    }
}
