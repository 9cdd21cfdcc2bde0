package org.attune.bench.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.attune.cli.Cli;
import org.attune.coding.Coder;
import org.attune.coding.Memos;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The fault campaign's own parts, on real projects: the child's journal predicts exactly what the store holds
 * (else every kill round would report false losses or miss real ones), a missing effect is found and named,
 * damaged files are told apart, and the detectors of cut zips, orphans and stack traces see what they must.
 * The kill rounds themselves need the built product's launcher and run in its smoke test.
 */
class FaultCampaignTest {

    private static Cli.Outcome child(Path project, Path work, Path journal, long seed, int limit) {
        return Cli.run("faults", "child", project.toString(), "--work", work.toString(), "--journal", journal.toString(),
                "--seed", Long.toString(seed), "--prefix", "s" + seed, "--limit", Integer.toString(limit));
    }

    private static JsonObject json(Cli.Outcome run) {
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    private static Holdings stored(Path project) throws Exception {
        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("test").withBackups(false))) {
            return Snapshot.read(store);
        }
    }

    @Test
    void theJournalPredictsExactlyWhatTheStoreHolds(@TempDir Path tmp) throws Exception {
        Set<String> kinds = new HashSet<>();
        for (long seed = 1; seed <= 4; seed++) { // one project carried through several children, as in the kill rounds
            Path project = tmp.resolve("project");
            if (seed == 1) {
                assertEquals(Cli.OK, Cli.run("project", "create", project.toString()).exitCode());
            }
            Holdings expected = stored(project);
            Path journal = tmp.resolve("journal-" + seed + ".txt");
            Cli.Outcome run = child(project, tmp, journal, seed, 30);
            assertEquals(Cli.OK, run.exitCode(), run.err());
            Journal.Reading reading = Journal.read(journal);
            assertTrue(reading.ready());
            assertNull(reading.inFlight(), "a child that ran to its end has no action cut off");
            assertEquals(30, reading.acknowledged().size() + reading.failed().size());
            reading.acknowledged().forEach(expected::apply);
            reading.acknowledged().forEach(s -> kinds.add(s.kind()));
            Holdings actual = stored(project);
            assertTrue(expected.matches(actual), "seed " + seed + ": journal says " + expected + ", store holds " + actual
                    + "; missing " + expected.missing(actual) + ", extra " + actual.missing(expected));
        }
        assertEquals(Set.of("import", "code", "newcode", "memo", "memo-edit", "merge", "export", "backup"), kinds,
                "every kind of action was exercised and predicted");
    }

    @Test
    void aLostEffectIsFoundAndNamed(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        assertEquals(Cli.OK, Cli.run("project", "create", project.toString()).exitCode());
        Path journal = tmp.resolve("journal.txt");
        assertEquals(Cli.OK, child(project, tmp, journal, 7, 40).exitCode());
        Holdings expected = new Holdings();
        Journal.read(journal).acknowledged().forEach(expected::apply);
        String lostMemo;
        String lostCoding;
        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("test").withBackups(false))) {
            Memo memo = store.project().getMemos().get(0);
            lostMemo = memo.getTitle();
            new Memos(store).delete(memo);
            Source source = store.project().getSources().stream().filter(s -> {
                store.load(s);
                return !s.getCodings().isEmpty();
            }).findFirst().orElseThrow();
            Coding coding = source.getCodings().get(0);
            lostCoding = Holdings.coding(source.getName(), coding.getCode().getName(), (int) coding.start(), (int) coding.end());
            new Coder(store).uncode(List.of(coding));
        }
        Holdings actual = stored(project);
        assertFalse(expected.matches(actual));
        assertEquals(Set.of("memo " + lostMemo, "coding " + lostCoding), Set.copyOf(expected.missing(actual)));
    }

    @Test
    void aLineCutByTheKillIsNoAcknowledgement(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("journal.txt");
        Journal journal = new Journal(file);
        journal.ready();
        Step memo = Step.of("r1a0", "memo").withMemo("m-r1a0", "text");
        journal.begin(memo);
        journal.ack(memo);
        Step code = Step.of("r1a1", "newcode").withCode("c-r1a1");
        journal.begin(code);
        Files.writeString(file, "ACK r1a1 {\"id\":\"r1a1\",\"ki", StandardOpenOption.APPEND); // the kill came mid-write
        Journal.Reading reading = Journal.read(file);
        assertEquals(List.of(memo), reading.acknowledged());
        assertEquals(code, reading.inFlight());
    }

    @Test
    void inspectTellsADamagedDescriptorFromADamagedIndex(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        assertEquals(Cli.OK, Cli.run("project", "create", project.toString()).exitCode());
        assertEquals(Cli.OK, child(project, tmp, tmp.resolve("journal.txt"), 3, 20).exitCode());
        Cli.Outcome before = Cli.run("faults", "inspect", project.toString(), "--json");
        assertEquals(Cli.OK, before.exitCode(), before.err());
        JsonObject baseline = json(before);
        assertTrue(baseline.get("searchHits").getAsInt() > 0, before.out());

        Path index = tmp.resolve("index-damaged");
        Folders.copy(project, index);
        try (Stream<Path> files = Files.walk(index.resolve("index"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.endsWith("write.lock")).toList()) {
                try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                    raf.setLength(raf.length() / 2);
                }
            }
        }
        Cli.Outcome rebuilt = Cli.run("faults", "inspect", index.toString(), "--json");
        assertEquals(Cli.OK, rebuilt.exitCode(), rebuilt.out() + rebuilt.err());
        assertEquals(baseline.get("digest"), json(rebuilt).get("digest"), "the index is derived: nothing of the project is lost");
        assertEquals(baseline.get("searchHits"), json(rebuilt).get("searchHits"), "search answers as before, from a rebuilt index");

        Path descriptor = tmp.resolve("descriptor-damaged");
        Folders.copy(project, descriptor);
        Path json = descriptor.resolve("attune-project.json");
        Files.writeString(json, Files.readString(json).substring(0, (int) Files.size(json) / 2));
        Cli.Outcome repaired = Cli.run("faults", "inspect", descriptor.toString(), "--json");
        assertEquals(Cli.OK, repaired.exitCode(), repaired.out() + repaired.err());
        assertEquals(baseline.get("digest"), json(repaired).get("digest"), "a cut descriptor is repaired from its copy, nothing lost");
        assertFalse(Console.hasTrace(repaired.out() + repaired.err()), repaired.err());

        Path both = tmp.resolve("descriptor-and-copy-damaged");
        Folders.copy(project, both);
        for (String name : new String[] {"attune-project.json", "attune-project.json.bak"}) {
            Path file = both.resolve(name);
            Files.writeString(file, Files.readString(file).substring(0, (int) Files.size(file) / 2));
        }
        try (Stream<Path> files = Files.list(both.resolve("backups"))) {
            for (Path backup : files.toList()) {
                Files.delete(backup); // no backup to repair from either
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // no backups folder: nothing to remove
        }
        Cli.Outcome refused = Cli.run("faults", "inspect", both.toString(), "--json");
        assertEquals(Cli.FAILED, refused.exitCode(), refused.out());
        assertFalse(json(refused).get("opened").getAsBoolean());
        assertTrue(json(refused).get("message").getAsString().contains("attune-project.json"), refused.out());
        assertFalse(Console.hasTrace(refused.out() + refused.err()), refused.err());
    }

    @Test
    void aZipCutAnywhereIsNotWhole(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("backup.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 3; i++) {
                out.putNextEntry(new ZipEntry("0000000000" + i + ".xd"));
                out.write(("log file " + i + " ").repeat(500).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        assertTrue(Zips.complete(zip));
        byte[] whole = Files.readAllBytes(zip);
        for (int cut = 1; cut < whole.length; cut += 37) {
            Path part = Files.write(tmp.resolve("cut.zip"), java.util.Arrays.copyOf(whole, cut));
            assertFalse(Zips.complete(part), "cut at " + cut + " of " + whole.length);
        }
    }

    @Test
    void orphansAreTheFilesNoSourceOrBackupAccountsFor(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        Files.createDirectories(project.resolve("sources"));
        Files.createDirectories(project.resolve("backups"));
        Files.createDirectories(project.resolve("store.restoring"));
        Files.writeString(project.resolve("sources/kept.txt"), "a source's copy");
        Files.writeString(project.resolve("sources/left.txt"), "a copy of an import that never committed");
        Files.writeString(project.resolve("backups/store-1.zip"), "zip");
        Files.writeString(project.resolve("backups/store-2-"), "a backup cut off before its rename");
        Path exports = Files.createDirectories(tmp.resolve("exports"));
        Files.writeString(exports.resolve(".e.qdpx123.part"), "half an export");
        assertEquals(Set.of("restore-left: store.restoring", "unreferenced-copy: sources/left.txt",
                "backup-part: backups/store-2-", "export-part: .e.qdpx123.part"),
                Set.copyOf(Orphans.find(project, Set.of("sources/kept.txt"), exports)));
    }

    @Test
    void theCampaignRunsOnlyFromTheProductsLauncher(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("campaign");
        Cli.Outcome run = Cli.run("faults", "run", dir.toString(), "--rounds", "1");
        assertEquals(Cli.FAILED, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("run the campaign from the built product"), run.err());
        assertFalse(Console.hasTrace(run.err()), run.err());
        try (Stream<Path> made = Files.list(dir)) {
            assertEquals(List.of(), made.toList(), "no child was started and no project made");
        }
    }

    @Test
    void aStackTraceIsToldFromAMessage() {
        StringWriter trace = new StringWriter();
        new IllegalStateException("boom", new IOException("disk")).printStackTrace(new PrintWriter(trace));
        assertTrue(Console.hasTrace("attune: something\n" + trace));
        assertFalse(Console.hasTrace("attune: /p: cannot lock the project (No space left on device)\n"));
        assertEquals("/p: cannot lock the project", Console.message("[1/1] a.txt\nattune: /p: cannot lock the project\n"));
    }
}
