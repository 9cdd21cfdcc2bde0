package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.attune.coding.BlindCoding;
import org.attune.testsupport.Studies;
import org.attune.testsupport.TwoCoders;
import org.attune.coding.consensus.Consensus;
import org.attune.coding.consensus.Decision;
import org.attune.coding.consensus.Disagreement;
import org.attune.coding.consensus.Disagreement.Kind;
import org.attune.coding.consensus.Disagreements;
import org.attune.coding.consensus.Settlement;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.testsupport.RandomSequences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coders' disagreements and their settling on real stores: a worked example, and random codings by two coders
 * with random decisions, adjustments, reopenings and undos checked after every step against a simple model of the
 * consensus codings and of the record of decisions, and again after reopening the project.
 */
class ConsensusTest {
    private static final OpenOptions OPEN = OpenOptions.of("consensus test").withBackups(false);
    private static final int SEQUENCES = Integer.getInteger("attune.consensus.sequences", 8);
    private static final int ACTIONS = Integer.getInteger("attune.consensus.actions", 25);
    private static final int LENGTH = 120;

    @Test
    void theFourKindsOfDisagreementAreFoundAndAgreementsAreNot(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Compare", OPEN)) {
            List<Code> codes = build(store, List.of("Waiting", "Praise"), List.of("Interview"));
            Code waiting = codes.get(0);
            Code praise = codes.get(1);
            TextSource text = (TextSource) store.project().getSources().get(0);
            TwoCoders.in(store).as("Ana").code(text, 0, 10, waiting).code(text, 20, 30, waiting).code(text, 40, 50, praise)
                    .code(text, 60, 70, praise)
                    .as("Ben").code(text, 0, 10, waiting).code(text, 22, 35, waiting).code(text, 40, 50, waiting)
                    .code(text, 80, 90, praise)
                    .thenAs("Lead");
            User ana = BlindCoding.user(store.project(), "Ana");
            User ben = BlindCoding.user(store.project(), "Ben");
            List<Disagreement> found = Disagreements.between(store, store.project().getSources(), ana, ben);
            assertEquals(List.of(Kind.BOUNDARIES, Kind.DIFFERENT_CODES, Kind.A_ONLY, Kind.B_ONLY), found.stream().map(Disagreement::kind).toList());
            assertEquals(List.of(1, 2, 3, 4), found.stream().map(Disagreement::number).toList());
            assertEquals(List.of(20L, 40L, 60L, 80L), found.stream().map(Disagreement::start).toList());
            assertEquals(35L, found.get(0).end());
            assertEquals(1, Disagreements.agreed(store, store.project().getSources(), ana, ben).size());

            Consensus consensus = new Consensus(store, null);
            consensus.settle(found.get(0), Decision.BOTH);
            consensus.settle(found.get(1), Decision.ACCEPT_B);
            assertEquals("2 of 4 settled", Consensus.progress(store.project(), found).toString());
            assertEquals(List.of("Waiting 20-35", "Waiting 40-50"), consensusCodings(store, "consensus"));
            Settlement first = Consensus.settlement(store.project(), found.get(0));
            assertEquals(Decision.BOTH, first.decision());
            assertEquals("Lead", first.by().getName());
            assertEquals("consensus", first.into().getName());
            assertNotNull(first.at());
            consensus.settle(found.get(1), Decision.ACCEPT_A); // changing one's mind replaces the decision
            assertEquals(List.of("Praise 40-50", "Waiting 20-35"), consensusCodings(store, "consensus"));
            store.undo();
            assertEquals(List.of("Waiting 20-35", "Waiting 40-50"), consensusCodings(store, "consensus"));
            assertEquals(1, consensus.adoptAgreed(Disagreements.agreed(store, store.project().getSources(), ana, ben)));
            assertEquals(0, consensus.adoptAgreed(Disagreements.agreed(store, store.project().getSources(), ana, ben)), "adopted once");
            new Consensus(store, "Lead").adjust(found.get(3), praise, 82, 88);
            assertEquals(List.of("Praise 82-88"), consensusCodings(store, "Lead"));
            assertEquals("3 of 4 settled", Consensus.progress(store.project(), found).toString());
            assertEquals(found, Disagreements.between(store, store.project().getSources(), ana, ben), "settling changes no number");
        }
    }

    /** The model of one settled disagreement: its decision and the consensus codings ("code start-end") it made. */
    record Settled(Decision decision, List<String> codings) {
    }

    @Test
    void randomDecisionsUndosAndReopeningMatchASimpleModel(@TempDir Path tmp) throws Exception {
        RandomSequences.run("attune.consensus.seed", SEQUENCES, (s, random, done) -> sequence(tmp.resolve("p" + s), random, done));
    }

    private static void sequence(Path folder, Random random, List<String> done) throws Exception {
        List<Map<String, Settled>> history = new ArrayList<>(List.of(Map.of()));
        List<Disagreement> found;
        try (ProjectStore store = ProjectStore.create(folder, "Compare", OPEN)) {
            List<Code> codes = build(store, List.of("Waiting", "Praise", "Doubt"), List.of("Interview 1", "Interview 2"));
            TwoCoders coders = TwoCoders.in(store);
            for (String who : List.of("Ana", "Ben")) {
                coders.as(who);
                for (int i = 4 + random.nextInt(10); i > 0; i--) {
                    int start = random.nextInt(LENGTH - 10);
                    Source source = store.project().getSources().get(random.nextInt(2));
                    coders.code((TextSource) source, start, start + 1 + random.nextInt(LENGTH - start - 1), codes.get(random.nextInt(3)));
                }
            }
            coders.thenAs("Lead");
            found = Disagreements.between(store, store.project().getSources(), user(store, "Ana"), user(store, "Ben"));
            checkFound(store, found);
            Consensus consensus = new Consensus(store, null);
            int applied = 0;
            for (int i = 0; i < ACTIONS && !found.isEmpty(); i++) {
                Map<String, Settled> now = new HashMap<>(history.get(history.size() - 1));
                Disagreement d = found.get(random.nextInt(found.size()));
                int pick = random.nextInt(10);
                if (pick < 6) {
                    Decision decision = List.of(Decision.ACCEPT_A, Decision.ACCEPT_B, Decision.BOTH, Decision.NEITHER).get(random.nextInt(4));
                    consensus.settle(d, decision);
                    done.add("#" + d.number() + " " + d.kind() + " " + decision);
                    now.put(d.key(), new Settled(decision, expected(d, decision)));
                } else if (pick < 7) {
                    Code code = codes.get(random.nextInt(3));
                    int start = random.nextInt(LENGTH - 1);
                    int end = start + 1 + random.nextInt(LENGTH - start - 1);
                    new Consensus(store, "consensus").adjust(d, code, start, end);
                    done.add("#" + d.number() + " adjust " + code.getName() + " " + start + "-" + end);
                    now.put(d.key(), new Settled(Decision.ADJUST, List.of(d.source().getName() + " " + code.getName() + " " + start + "-" + end)));
                } else if (pick < 8) {
                    consensus.reopen(d);
                    done.add("#" + d.number() + " reopen");
                    if (now.remove(d.key()) == null) {
                        continue; // nothing to reopen: no action
                    }
                } else {
                    if (applied == 0) {
                        continue;
                    }
                    store.undo();
                    done.add("undo");
                    history.remove(history.size() - 1);
                    applied--;
                    check(store, found, history.get(history.size() - 1));
                    continue;
                }
                history.add(now);
                applied++;
                check(store, found, now);
            }
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
            done.add("reopened");
            List<Disagreement> again = Disagreements.between(store, store.project().getSources(), user(store, "Ana"), user(store, "Ben"));
            assertEquals(found.stream().map(d -> d.number() + " " + d.key()).toList(), again.stream().map(d -> d.number() + " " + d.key()).toList());
            check(store, again, history.get(history.size() - 1));
        }
    }

    /** What a decision puts into the consensus, stated simply. */
    private static List<String> expected(Disagreement d, Decision decision) {
        List<String> out = new ArrayList<>();
        String where = d.source().getName() + " ";
        if (decision == Decision.BOTH && d.kind() == Kind.BOUNDARIES) {
            out.add(where + d.a().getCode().getName() + " " + d.start() + "-" + d.end());
            return out;
        }
        if ((decision == Decision.ACCEPT_A || decision == Decision.BOTH) && d.a() != null) {
            out.add(where + describe(d.a()));
        }
        if ((decision == Decision.ACCEPT_B || decision == Decision.BOTH) && d.b() != null) {
            out.add(where + describe(d.b()));
        }
        return out;
    }

    /** The store's consensus codings and record of decisions equal the model's; the progress counts the settled. */
    private static void check(ProjectStore store, List<Disagreement> found, Map<String, Settled> model) {
        List<String> expected = new ArrayList<>();
        model.values().forEach(s -> expected.addAll(s.codings()));
        expected.sort(null);
        List<String> actual = new ArrayList<>();
        for (Source source : store.project().getSources()) {
            store.load(source);
            source.getCodings().stream().filter(c -> c.getCreatedBy() != null && "consensus".equals(c.getCreatedBy().getName()))
                    .forEach(c -> actual.add(source.getName() + " " + describe(c)));
        }
        actual.sort(null);
        assertEquals(expected, actual, "consensus codings");
        for (Disagreement d : found) {
            Settlement settlement = Consensus.settlement(store.project(), d);
            Settled settled = model.get(d.key());
            if (settled == null) {
                assertNull(settlement, "#" + d.number() + " is open");
            } else {
                assertEquals(settled.decision(), settlement.decision(), "#" + d.number());
                assertEquals("Lead", settlement.by().getName());
                assertEquals("consensus", settlement.into().getName());
                assertEquals(settled.codings().size(), settlement.codings().size());
            }
        }
        assertEquals(model.size() + " of " + found.size() + " settled", Consensus.progress(store.project(), found).toString());
    }

    /** Every coding of the two coders is in exactly one agreement or disagreement, and each disagreement is of its kind. */
    private static void checkFound(ProjectStore store, List<Disagreement> found) {
        User ana = user(store, "Ana");
        User ben = user(store, "Ben");
        List<Coding[]> agreed = Disagreements.agreed(store, store.project().getSources(), ana, ben);
        Set<String> model = new HashSet<>(); // the agreements by definition: same source, code and stretch
        Set<String> anas = new HashSet<>();
        Map<Coding, Integer> seen = new TreeMap<>((x, y) -> x.getId().compareTo(y.getId()));
        for (Source source : store.project().getSources()) {
            for (Coding c : source.getCodings()) {
                if (c.getCreatedBy() == ana) {
                    anas.add(source.getName() + describe(c));
                }
                seen.put(c, 0);
            }
            for (Coding c : source.getCodings()) {
                if (c.getCreatedBy() == ben && anas.contains(source.getName() + describe(c))) {
                    model.add(source.getName() + describe(c));
                }
            }
        }
        assertEquals(model.size(), agreed.size(), "agreements");
        agreed.forEach(p -> List.of(p).forEach(c -> seen.merge(c, 1, Integer::sum)));
        for (Disagreement d : found) {
            if (d.a() != null) {
                seen.merge(d.a(), 1, Integer::sum);
                assertEquals(ana, d.a().getCreatedBy());
            }
            if (d.b() != null) {
                seen.merge(d.b(), 1, Integer::sum);
                assertEquals(ben, d.b().getCreatedBy());
            }
            switch (d.kind()) {
            case A_ONLY -> assertNull(d.b());
            case B_ONLY -> assertNull(d.a());
            case BOUNDARIES -> assertTrue(d.a().getCode() == d.b().getCode() && overlap(d) && !describe(d.a()).equals(describe(d.b())));
            case DIFFERENT_CODES -> assertTrue(d.a().getCode() != d.b().getCode() && overlap(d));
            }
        }
        seen.forEach((c, n) -> assertEquals(1, n, describe(c) + " of " + c.getCreatedBy().getName() + " is in one place"));
        for (int i = 0; i < found.size(); i++) {
            assertEquals(i + 1, found.get(i).number());
        }
    }

    private static boolean overlap(Disagreement d) {
        return Math.min(d.a().end(), d.b().end()) > Math.max(d.a().start(), d.b().start());
    }

    private static String describe(Coding c) {
        return c.getCode().getName() + " " + c.start() + "-" + c.end();
    }


    private static List<String> consensusCodings(ProjectStore store, String coder) {
        List<String> out = new ArrayList<>();
        for (Source source : store.project().getSources()) {
            source.getCodings().stream().filter(c -> c.getCreatedBy() != null && coder.equals(c.getCreatedBy().getName()))
                    .forEach(c -> out.add(describe(c)));
        }
        out.sort(null);
        return out;
    }

    private static User user(ProjectStore store, String name) {
        return BlindCoding.user(store.project(), name);
    }

    private static List<Code> build(ProjectStore store, List<String> codeNames, List<String> sourceNames) {
        List<Code> codes = Studies.codes(store, codeNames.toArray(String[]::new));
        sourceNames.forEach(name -> Studies.transcript(store, name, "w".repeat(LENGTH)));
        return codes;
    }
}
