package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.attune.cli.Cli;
import org.attune.model.AttuneFactory;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.User;
import org.attune.model.VideoSource;
import org.attune.ratings.RatingService;
import org.attune.ratings.ScaleTemplates;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.testsupport.ProjectCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** {@code attune cli merge}: a colleague's copy of the sample study merged through the real command line. */
class MergeCliTest {
    @TempDir
    Path tmp;

    private static int codings(Path project) {
        return cli("project", "info", project.toString(), "--json").json().get("codings").getAsInt();
    }

    private static long items(JsonObject report, String outcome, String kind) {
        long n = 0;
        for (JsonElement e : report.getAsJsonArray("items")) {
            JsonObject i = e.getAsJsonObject();
            n += i.get("outcome").getAsString().equals(outcome) && i.get("kind").getAsString().equals(kind) ? 1 : 0;
        }
        return n;
    }

    /** A project with the recording "clip.mp4" and the Likert 1-7 scale, and one submitted sheet per rater and score. */
    private static void ratedProject(Path folder, Map<String, Integer> scores) throws Exception {
        try (ProjectStore store = ProjectStore.create(folder, "VIG", OpenOptions.of("test").withBackups(false))) {
            VideoSource video = AttuneFactory.eINSTANCE.createVideoSource();
            video.setName("clip.mp4");
            video.setContentHash("sha-clip");
            store.apply("add video", () -> store.project().getSources().add(video));
            RatingScale scale = ScaleTemplates.add(store, ScaleTemplates.Template.LIKERT7);
            RatingService ratings = new RatingService(store);
            for (Map.Entry<String, Integer> e : scores.entrySet()) {
                User rater = ratings.user(e.getKey());
                RatingSheet sheet = ratings.start(video, scale, rater, ratings.practitioner("P1"), "VIG");
                scale.getItems().forEach(i -> i.getSubItems().forEach(sub -> ratings.setValue(sheet, sub, e.getValue(), rater)));
                ratings.submit(sheet, rater, false);
            }
        }
    }

    @Test
    void ratingSheetsComeInOnceAndTheSameRatersOtherScoresAreAConflict() throws Exception {
        Path a = tmp.resolve("ana");
        Path b = tmp.resolve("ben");
        ratedProject(a, Map.of("Ana", 5, "Cy", 2));
        ratedProject(b, Map.of("Ben", 6, "Cy", 4));
        CliTest.Run merged = cli("merge", a.toString(), b.toString(), "--json");
        assertEquals(Cli.FAILED, merged.exitCode(), "a conflict sets the exit code: " + merged.out() + merged.err());
        assertEquals(1, items(merged.json(), "ADDED", "rating sheet"), merged.out());
        assertEquals(1, items(merged.json(), "CONFLICT", "rating sheet"), merged.out());
        CliTest.Run rows = cli("ratings", "rows", a.toString(), "--scale", "Likert 1-7", "--json");
        assertTrue(rows.out().contains("\"Ben\"") && rows.out().contains("6"), rows.out());

        CliTest.Run again = cli("merge", a.toString(), b.toString());
        assertEquals(Cli.FAILED, again.exitCode());
        assertTrue(again.out().contains("conflict  rating sheet     Cy's sheet") && again.out().contains("other scores"), again.out());
        assertTrue(again.out().contains(": 0 added, 0 updated,") && again.out().contains("1 conflict"), again.out());
    }

    @Test
    void aCoderCopyMergesOnceADryRunChangesNothingAndConflictsSetTheExitCode() throws Exception {
        Path a = tmp.resolve("ana");
        Path b = tmp.resolve("ben");
        CliTest.ok("project", "sample", a.toString());
        ProjectCopies.colleaguesCopy(a, b);
        CliTest.ok("code", b.toString(), "--source", "C01 Carer Dawn", "--words", "Now I wait", "--code",
                "Reading the baby", "--create", "--coder", "Ben");
        CliTest.ok("memos", "add", b.toString(), "--title", "Ben's first pass", "--text", "Waiting recurs in C01.");
        int before = codings(a);

        CliTest.Run dry = CliTest.ok("merge", a.toString(), b.toString(), "--dry-run", "--json");
        assertTrue(dry.json().get("dryRun").getAsBoolean());
        assertEquals(1, items(dry.json(), "ADDED", "coding"), dry.out());
        assertEquals(before, codings(a), "a dry run changes nothing");

        CliTest.Run merged = CliTest.ok("merge", a.toString(), b.toString(), "--json");
        assertEquals(dry.json().getAsJsonArray("items"), merged.json().getAsJsonArray("items"), "the dry run said what the merge did");
        assertEquals(1, items(merged.json(), "ADDED", "code"));
        assertEquals(1, items(merged.json(), "ADDED", "memo"));
        assertEquals(9, items(merged.json(), "MATCHED", "source"), "the six interviews, the practice recording, its transcript and the sand tableau");
        assertEquals(0, merged.json().get("conflicts").getAsInt());
        assertEquals(before + 1, codings(a));
        CliTest.Run segments = cli("segments", a.toString(), "--code", "Reading the baby", "--json");
        assertTrue(segments.out().contains("Now I wait") && segments.out().contains("Ben"), segments.out());

        CliTest.Run again = CliTest.ok("merge", a.toString(), b.toString());
        assertTrue(again.out().contains("Merged ben: 0 added, 0 updated,"), again.out());
        assertEquals(before + 1, codings(a), "a second merge changes nothing");
        Path qdpx = tmp.resolve("ben.qdpx");
        CliTest.ok("export", "project", b.toString(), qdpx.toString());
        CliTest.Run fromQdpx = CliTest.ok("merge", a.toString(), qdpx.toString(), "--json");
        assertEquals(0, fromQdpx.json().get("added").getAsInt(), "the same work as a .qdpx is here already: " + fromQdpx.out());
        assertEquals(9, items(fromQdpx.json(), "MATCHED", "source"), fromQdpx.out()); // the sand tableau too, by its file
        assertEquals(before + 1, codings(a));

        CliTest.ok("codes", "rename", a.toString(), "Reading the baby", "Reading her cues");
        CliTest.ok("codes", "rename", b.toString(), "Reading the baby", "Baby's signals");
        CliTest.Run conflict = cli("merge", a.toString(), b.toString());
        assertEquals(Cli.FAILED, conflict.exitCode(), conflict.out() + conflict.err());
        assertTrue(conflict.out().contains("conflict  code             Reading her cues: is \"Baby's signals\" in the other copy (renamed differently"),
                conflict.out());
        assertTrue(conflict.out().contains("1 conflict"), conflict.out());

        CliTest.Run missing = cli("merge", a.toString(), tmp.resolve("nosuch.qdpx").toString());
        assertEquals(Cli.FAILED, missing.exitCode());
        assertTrue(missing.err().contains("nosuch.qdpx") && missing.err().contains("there is no such project folder or file"), missing.err());
        assertFalse(missing.err().contains("Exception") || missing.err().contains("\tat "), missing.err());
    }

    private static List<Path> backups(Path project) throws Exception {
        if (!Files.isDirectory(project.resolve("backups"))) {
            return List.of();
        }
        try (Stream<Path> zips = Files.list(project.resolve("backups"))) {
            return zips.filter(z -> z.getFileName().toString().endsWith(".zip")).toList();
        }
    }

    @Test
    void aMergeKeepsTheRollingBackupAndAnEncryptedProjectMergesWithItsPassphrase() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "correct horse battery staple\n");
        Path wrong = Files.writeString(tmp.resolve("wrong.txt"), "incorrect\n");
        Path a = tmp.resolve("sealed-ana");
        Path b = tmp.resolve("sealed-ben");
        CliTest.ok("project", "create", a.toString(), "--encrypt", "--passphrase-file", secret.toString());
        ProjectCopies.colleaguesCopy(a, b);
        CliTest.ok("codes", "create", b.toString(), "Reading the baby", "--passphrase-file", secret.toString());
        deleteBackups(a);

        CliTest.Run refused = cli("merge", a.toString(), b.toString(), "--passphrase-file", wrong.toString());
        assertEquals(Cli.FAILED, refused.exitCode());
        assertTrue(refused.err().contains("wrong passphrase"), refused.err());
        assertFalse(refused.err().contains("\tat "), refused.err());

        CliTest.Run dry = CliTest.ok("merge", a.toString(), b.toString(), "--dry-run", "--passphrase-file", secret.toString(), "--json");
        assertEquals(List.of(), backups(a), "a dry run only reads: no backup");

        CliTest.Run merged = CliTest.ok("merge", a.toString(), b.toString(), "--passphrase-file", secret.toString(), "--json");
        assertEquals(1, items(merged.json(), "ADDED", "code"), merged.out());
        assertEquals(1, backups(a).size(), "opening to merge made the rolling backup: " + backups(a));
        CliTest.Run listed = CliTest.ok("project", "backups", a.toString(), "--json");
        assertEquals(1, listed.json().getAsJsonArray("backups").size(), "the backup is whole and restorable: " + listed.out());
        CliTest.Run codes = cli("codes", "list", a.toString(), "--passphrase-file", secret.toString());
        assertTrue(codes.out().contains("Reading the baby"), codes.out());
    }

    private static void deleteBackups(Path project) throws Exception {
        for (Path zip : backups(project)) {
            Files.delete(zip);
        }
    }
}
