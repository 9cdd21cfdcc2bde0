package org.attune.store.tests;

import static org.attune.store.tests.StoreFixtures.addCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** attune-project.json holds an encrypted project's key parameters: it must never orphan a project. */
class DescriptorSafetyTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("descriptor test").withBackups(false);
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final int ROUNDS = 4;

    @Test
    void twoCreatesRacingOnOneNewFolderLeaveOneProjectThatOpens(@TempDir Path tmp) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Path folder = tmp.resolve("race-" + round);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (String name : List.of("First " + round, "Second " + round)) {
                    outcomes.add(threads.submit(() -> {
                        start.await();
                        try (ProjectStore store = ProjectStore.create(folder, name, OPTIONS.withPassphrase(PASSPHRASE))) {
                            addCode(store, "Code of " + name, AnalyticLevel.OPEN);
                            return "created " + name;
                        } catch (StoreException e) {
                            return "refused: " + e.getMessage();
                        }
                    }));
                }
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get());
                }
                String winner = assertOneCreated(folder, results, round);
                try (ProjectStore store = ProjectStore.open(folder, OPTIONS.withPassphrase(PASSPHRASE))) {
                    assertEquals(winner, store.project().getName(), "round " + round);
                    assertEquals(List.of("Code of " + winner), store.project().getCodes().stream().map(Code::getName).toList());
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void twoProcessesCreatingInOneNewFolderLeaveOneProjectThatOpens(@TempDir Path tmp) throws Exception {
        String classPath = ChildJvm.classPath(tmp.resolve("jars"), "org.attune.store.tests", "org.attune.store",
                "org.attune.model", "org.attune.lib.xodus", "org.eclipse.emf.ecore", "org.eclipse.emf.common",
                "org.eclipse.emf.edit", "org.eclipse.emf.ecore.change", "com.google.gson", "slf4j.api");
        for (int round = 0; round < 2; round++) {
            Path folder = tmp.resolve("race-" + round);
            long start = System.currentTimeMillis() + 3000; // both JVMs are up by then
            List<Process> racers = new ArrayList<>();
            for (String name : List.of("First " + round, "Second " + round)) {
                racers.add(new ProcessBuilder(ChildJvm.javaExecutable(), "-cp", classPath, CreateRacer.class.getName(),
                        folder.toString(), name, Long.toString(start)).redirectErrorStream(true).start());
            }
            List<String> results = new ArrayList<>();
            for (Process racer : racers) {
                String output = new String(racer.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
                assertEquals(0, racer.waitFor(), output);
                results.add(output.lines().reduce((a, b) -> b).orElse(""));
            }
            assertTrue(System.currentTimeMillis() > start, "control: the racers waited for the start");
            String winner = assertOneCreated(folder, results, round);
            try (ProjectStore store = ProjectStore.open(folder, OPTIONS.withPassphrase(CreateRacer.PASSPHRASE.toCharArray()))) {
                assertEquals(winner, store.project().getName(), "round " + round);
            }
        }
    }

    /** Exactly one created the project; the other was refused, naming the folder and why; returns the winner. */
    private static String assertOneCreated(Path folder, List<String> results, int round) {
        List<String> created = results.stream().filter(r -> r.startsWith("created ")).toList();
        assertEquals(1, created.size(), "round " + round + ": " + results);
        String refusal = results.stream().filter(r -> r.startsWith("refused: ")).findFirst().orElseThrow();
        assertTrue(refusal.contains(folder + ": the project is open in ")
                || refusal.contains(folder + ": the folder is not empty: it already holds a project"), refusal);
        return created.get(0).substring("created ".length());
    }

    @Test
    void aCreateThatDiedHoldingTheLockLeavesAFolderThatCanStillBeUsed(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("p"));
        Files.writeString(folder.resolve("project.lock"), "attune cli (user alice, host lab-3, process 999999, since 2026-12-05T10:00:00Z)");
        ProjectStore.create(folder, "Second try", OPTIONS).close();
        assertEquals("Second try", ProjectStore.summary(folder, OPTIONS).name());
        StoreException again = assertThrows(StoreException.class, () -> ProjectStore.create(folder, "Third", OPTIONS));
        assertEquals(folder + ": the folder is not empty: it already holds a project; choose a new or empty folder",
                again.getMessage());
    }

    @Test
    void aGarbledDescriptorOfAnEncryptedProjectIsRepairedFromItsCopy(@TempDir Path tmp) throws Exception {
        Path folder = sealedProjectWithACode(tmp);
        Path descriptor = folder.resolve("attune-project.json");
        String good = Files.readString(descriptor);
        assertEquals(good, Files.readString(folder.resolve("attune-project.json.bak")), "a copy is kept");
        Files.writeString(descriptor, good.substring(0, good.length() / 2)); // cut in the middle of the salt's line
        assertTrue(ProjectStore.isEncrypted(folder), "read from the copy before the project is opened");
        List<String> warnings = new ArrayList<>();
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS.withPassphrase(PASSPHRASE).withWarnings(warnings::add))) {
            assertEquals(List.of("Kept"), store.project().getCodes().stream().map(Code::getName).toList());
        }
        assertEquals(good, Files.readString(descriptor), "the descriptor is repaired on disk");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(folder + ": attune-project.json was damaged (")
                && warnings.get(0).endsWith("it was repaired from attune-project.json.bak"), warnings.get(0));
        List<String> again = new ArrayList<>();
        ProjectStore.open(folder, OPTIONS.withPassphrase(PASSPHRASE).withWarnings(again::add)).close();
        assertEquals(List.of(), again, "repaired once, then nothing to tell");
    }

    @Test
    void aDescriptorThatReadsWellButNoLongerFitsIsRepairedFromItsCopy(@TempDir Path tmp) throws Exception {
        Path folder = sealedProjectWithACode(tmp);
        Path descriptor = folder.resolve("attune-project.json");
        String good = Files.readString(descriptor);
        for (String field : List.of("check", "basicIV")) { // one changed character: still JSON, still a descriptor
            java.util.regex.Matcher value = java.util.regex.Pattern.compile("\"" + field + "\": \"?-?([0-9a-f])").matcher(good);
            assertTrue(value.find(), good);
            char changed = value.group(1).equals("1") ? '2' : '1';
            Files.writeString(descriptor, good.substring(0, value.start(1)) + changed + good.substring(value.end(1)));
            List<String> warnings = new ArrayList<>();
            try (ProjectStore store = ProjectStore.open(folder, OPTIONS.withPassphrase(PASSPHRASE).withWarnings(warnings::add))) {
                assertEquals(List.of("Kept"), store.project().getCodes().stream().map(Code::getName).toList(), field);
            }
            assertEquals(good, Files.readString(descriptor), field);
            assertEquals(List.of(folder + ": attune-project.json was damaged (it does not open the project, its copy does); "
                    + "it was repaired from attune-project.json.bak"), warnings, field);
        }
        StoreException wrong = assertThrows(StoreException.class,
                () -> ProjectStore.open(folder, OPTIONS.withPassphrase("wrong".toCharArray())));
        assertTrue(wrong.getMessage().contains("wrong passphrase"), "a wrong passphrase is still that: " + wrong.getMessage());
    }

    /** Creates a project (encrypted or not) holding one code, "Kept"; returns the options that open it. */
    private static OpenOptions projectWithCodeKept(Path folder, boolean sealed) throws Exception {
        OpenOptions options = sealed ? OPTIONS.withPassphrase(PASSPHRASE) : OPTIONS;
        try (ProjectStore store = ProjectStore.create(folder, "Kept", options)) {
            addCode(store, "Kept", AnalyticLevel.OPEN);
        }
        return options;
    }

    @Test
    void aChangedSchemaVersionDigitIsRepairedFromTheCopy(@TempDir Path tmp) throws Exception {
        for (boolean sealed : List.of(true, false)) {
            Path folder = tmp.resolve(sealed ? "sealed-schema" : "plain-schema");
            OpenOptions options = projectWithCodeKept(folder, sealed);
            Path descriptor = folder.resolve("attune-project.json");
            String good = Files.readString(descriptor);
            java.util.regex.Matcher value = java.util.regex.Pattern.compile("\"schemaVersion\": ([0-9])").matcher(good);
            assertTrue(value.find(), good);
            for (char digit = '1'; digit <= '9'; digit++) { // still JSON, still a descriptor, older or newer than the store
                if (digit == value.group(1).charAt(0)) {
                    continue;
                }
                Files.writeString(descriptor, good.substring(0, value.start(1)) + digit + good.substring(value.end(1)));
                List<String> warnings = new ArrayList<>();
                try (ProjectStore store = ProjectStore.open(folder, options.withWarnings(warnings::add))) {
                    assertEquals(List.of("Kept"), store.project().getCodes().stream().map(Code::getName).toList(), "" + digit);
                }
                assertEquals(good, Files.readString(descriptor), sealed + " " + digit);
                assertEquals(List.of(folder + ": attune-project.json was damaged (it does not open the project, its copy does); "
                        + "it was repaired from attune-project.json.bak"), warnings, sealed + " " + digit);
            }
        }
    }

    @Test
    void aMigrationCutOffBeforeItWroteTheDescriptorOpensAndCatchesTheDescriptorUp(@TempDir Path tmp) throws Exception {
        for (boolean sealed : List.of(true, false)) {
            Path folder = tmp.resolve(sealed ? "sealed-migrated" : "plain-migrated");
            OpenOptions options = projectWithCodeKept(folder, sealed);
            // the store committed its migration to the current version; the process stopped before either descriptor file
            String current = "\"schemaVersion\": " + ProjectStore.SCHEMA_VERSION;
            String older = "\"schemaVersion\": " + (ProjectStore.SCHEMA_VERSION - 1);
            for (String name : List.of("attune-project.json", "attune-project.json.bak")) {
                Path file = folder.resolve(name);
                assertTrue(Files.readString(file).contains(current), name);
                Files.writeString(file, Files.readString(file).replace(current, older));
            }
            List<String> warnings = new ArrayList<>();
            try (ProjectStore store = ProjectStore.open(folder, options.withWarnings(warnings::add))) {
                assertEquals(List.of("Kept"), store.project().getCodes().stream().map(Code::getName).toList());
            }
            assertTrue(Files.readString(folder.resolve("attune-project.json")).contains(current), "the descriptor caught up");
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("behind the store's own " + ProjectStore.SCHEMA_VERSION), warnings.get(0));
            warnings.clear();
            ProjectStore.open(folder, options.withWarnings(warnings::add)).close();
            assertEquals(List.of(), warnings, "told once");
        }
    }

    @Test
    void aDescriptorLostWithItsCopyIsRepairedFromTheNewestBackup(@TempDir Path tmp) throws Exception {
        Path folder = sealedProjectWithACode(tmp);
        ProjectStore.open(folder, OpenOptions.of("descriptor test").withPassphrase(PASSPHRASE)).close(); // makes a backup
        String backup = ProjectStore.backups(folder).get(0).name();
        Path descriptor = folder.resolve("attune-project.json");
        String good = Files.readString(descriptor);
        Files.write(descriptor, new byte[0]);
        Files.delete(folder.resolve("attune-project.json.bak"));
        List<String> warnings = new ArrayList<>();
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS.withPassphrase(PASSPHRASE).withWarnings(warnings::add))) {
            assertEquals(List.of("Kept"), store.project().getCodes().stream().map(Code::getName).toList());
        }
        assertEquals(good, Files.readString(descriptor));
        assertEquals(good, Files.readString(folder.resolve("attune-project.json.bak")));
        assertEquals(List.of(folder + ": attune-project.json was damaged (it is empty); it was repaired from the backup " + backup),
                warnings);
    }

    /** An encrypted project holding one code, "Kept". */
    private static Path sealedProjectWithACode(Path tmp) throws StoreException {
        Path folder = tmp.resolve("sealed");
        try (ProjectStore store = ProjectStore.create(folder, "Sealed", OPTIONS.withPassphrase(PASSPHRASE))) {
            addCode(store, "Kept", AnalyticLevel.OPEN);
        }
        return folder;
    }

    @Test
    void aDescriptorWithoutCopyOrBackupIsAClearError(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        ProjectStore.create(folder, "P", OPTIONS).close();
        Files.writeString(folder.resolve("attune-project.json"), "{\"format\": \"attune-proj");
        Files.delete(folder.resolve("attune-project.json.bak"));
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(folder, OPTIONS));
        assertTrue(e.getMessage().startsWith(folder + ": cannot read attune-project.json (")
                && e.getMessage().endsWith("and neither attune-project.json.bak nor a backup holds a readable copy"), e.getMessage());
    }
}
