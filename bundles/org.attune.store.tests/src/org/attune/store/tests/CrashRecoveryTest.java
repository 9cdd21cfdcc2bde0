package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety for real: a separate JVM edits a project through the store and is killed (SIGKILL) at random
 * points, five times. After each kill the reopened project must hold every acknowledged edit, and the edit
 * in flight either whole or not at all.
 */
class CrashRecoveryTest {
    private static final int ROUNDS = 5;

    /** What the verifier compares: codes (name, parent) and codings (code, source, range) by id. */
    record State(Map<String, String> codes, Map<String, String> codings) {
        State copy() {
            return new State(new TreeMap<>(codes), new TreeMap<>(codings));
        }
    }

    @Test
    void killedWritersLoseNoAcknowledgedEditAndLeaveNoneHalfApplied(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("project");
        try (ProjectStore store = ProjectStore.create(folder, "Crash test", OpenOptions.of("setup").withBackups(false))) {
            for (int i = 1; i <= 3; i++) {
                StoreFixtures.addTranscript(store, "Interview " + i, "Guider " + i + ": we watched the clip of the child smiling.");
            }
            StoreFixtures.addCode(store, "Seed code", AnalyticLevel.OPEN);
        }
        String classPath = ChildJvm.classPath(tmp.resolve("jars"), "org.attune.store.tests", "org.attune.store",
                "org.attune.model", "org.attune.lib.xodus", "org.eclipse.emf.ecore", "org.eclipse.emf.common",
                "org.eclipse.emf.edit", "org.eclipse.emf.ecore.change", "com.google.gson", "slf4j.api");
        Random random = new Random(20261121L);
        State truth = read(folder);
        int acknowledged = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Path log = tmp.resolve("round-" + round + ".log");
            Path output = tmp.resolve("round-" + round + ".out");
            Process child = new ProcessBuilder(ChildJvm.javaExecutable(), "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                    "-cp", classPath, CrashWriter.class.getName(),
                    folder.toString(), log.toString(), "r" + round, Long.toString(random.nextLong()))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            // land anywhere inside an edit
            ChildJvm.killAfterAcks(child, log, 150 + random.nextInt(350), output, Integer.toString(round), 120_000, random, 60);
            List<String> lines = Files.readAllLines(log);
            State expected = truth.copy();
            String inFlight = null;
            for (String line : lines) {
                String[] words = line.split(" ", 3);
                if (words[0].equals("begin")) {
                    inFlight = words[2];
                } else {
                    apply(expected, inFlight);
                    inFlight = null;
                    acknowledged++;
                }
            }
            State actual = read(folder);
            State withInFlight = expected.copy();
            if (inFlight != null) {
                apply(withInFlight, inFlight);
            }
            if (!actual.equals(expected) && !actual.equals(withInFlight)) {
                fail("round " + round + ": the store matches neither the acknowledged edits nor them plus the edit "
                        + "in flight (" + inFlight + ")\nexpected " + expected + "\nactual   " + actual);
            }
            System.out.printf("crash round %d: %d edits acknowledged before the kill; in flight: %s (%s)%n", round,
                    lines.stream().filter(l -> l.startsWith("ack ")).count(), inFlight,
                    inFlight == null ? "none" : actual.equals(withInFlight) ? "committed whole" : "not committed");
            truth = actual;
        }
        assertTrue(acknowledged >= 1000, "thousands of edits were meant to be made, only " + acknowledged + " were");
    }

    /** Applies one logged edit ("OP ARGS") to a state, as CrashWriter applied it to the store. */
    private static void apply(State state, String edit) {
        String[] w = edit.split(" ");
        switch (w[0]) {
            case "ADD_CODE" -> { // ADD_CODE id parent name with spaces
                String[] p = edit.split(" ", 4);
                state.codes().put(p[1], p[3] + " under " + p[2]);
            }
            case "RENAME_CODE" -> { // RENAME_CODE id new name
                String[] p = edit.split(" ", 3);
                String old = state.codes().get(p[1]);
                state.codes().put(p[1], p[2] + old.substring(old.lastIndexOf(" under ")));
            }
            case "ADD_CODING" -> state.codings().put(w[1], w[2] + " in " + w[3] + " " + w[4] + "-" + w[5]);
            case "DELETE_CODING" -> state.codings().remove(w[1]);
            case "IN_VIVO" -> {
                state.codes().put(w[1], "in vivo " + w[1].substring(1) + " under -");
                state.codings().put(w[2], w[1] + " in " + w[3] + " " + w[4] + "-" + w[5]);
            }
            default -> throw new IllegalArgumentException(edit);
        }
    }

    private static State read(Path folder) throws Exception {
        Map<String, String> codes = new TreeMap<>();
        Map<String, String> codings = new TreeMap<>();
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("verifier").withBackups(false))) {
            List<Code> all = new ArrayList<>();
            EcoreUtil.<Code>getAllContents(store.project().getCodes(), false).forEachRemaining(all::add);
            for (Code code : all) {
                codes.put(code.getId(), code.getName() + " under " + (code.getParent() == null ? "-" : code.getParent().getId()));
            }
            Map<String, Integer> perSource = new HashMap<>();
            for (Source source : store.project().getSources()) {
                store.load(source);
                for (Coding coding : source.getCodings()) {
                    TextSelection s = (TextSelection) coding.getSelection();
                    codings.put(coding.getId(), coding.getCode().getId() + " in " + source.getId() + " " + s.getStart() + "-" + s.getEnd());
                }
                perSource.merge(source.getId(), source.getCodings().size(), Integer::sum);
            }
            if (store.summary().codings() != codings.size()) {
                fail("the store counts " + store.summary().codings() + " codings but its sources hold " + codings.size());
            }
        }
        return new State(codes, codings);
    }
}
