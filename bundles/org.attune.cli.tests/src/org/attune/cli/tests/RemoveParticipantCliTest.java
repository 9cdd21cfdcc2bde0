package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.AuditEntry;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * {@code attune cli cases remove-participant} (#20) on the sample study, made by real import: after the removal no file
 * under the project folder (store, index, originals, backups once purged) holds the participant's name, their sources'
 * names or a sentence of theirs, while the other participants' sources and codings are as they were.
 */
class RemoveParticipantCliTest {
    private static final OpenOptions OPEN = OpenOptions.of("test").withBackups(false);

    @Test
    void aWithdrawnParticipantLeavesNoTraceInAnyFileAndTheOthersKeepTheirs(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        CliTest.ok("project", "sample", project.toString());
        Run search = cli("search", project.toString(), "splashing"); // the index on disk holds her words
        assertEquals(Cli.OK, search.exitCode(), search.err());
        assertTrue(search.out().contains("C03 Carer Priya"), search.out());
        Run edit = cli("cases", "set", project.toString(), "Marcus", "area", "North"); // opened to change: a backup
        assertEquals(Cli.OK, edit.exitCode(), edit.err());
        assertFalse(ProjectStore.backups(project).isEmpty(), "a backup from before the removal");
        List<String> priya = List.of("Priya", "C03 Carer Priya", "He copied my splashing");
        for (String s : priya) {
            assertFalse(org.attune.testsupport.FileScan.holding(project, s).isEmpty(), "the scan finds " + s + " before the removal");
        }
        Map<String, Integer> before = codingsPerSource(project);

        Run dry = CliTest.ok("cases", "remove-participant", project.toString(), "--case", "priya", "--dry-run", "--json");
        JsonObject plan = dry.json();
        assertTrue(plan.get("dryRun").getAsBoolean());
        assertTrue(plan.get("counts").getAsString().startsWith("1 source, 0 speaker turns in shared sources, "
                + before.get("C03 Carer Priya") + " codings"), plan.toString());
        assertTrue(plan.get("items").toString().contains("Source: C03 Carer Priya"), plan.toString());
        assertTrue(plan.get("items").toString().contains("Their name replaced by [withdrawn] in memo Analytic memo"), plan.toString());
        assertFalse(org.attune.testsupport.FileScan.holding(project, "Priya").isEmpty(), "a dry run changes nothing");

        Run removed = CliTest.ok("cases", "remove-participant", project.toString(), "--case", "Priya", "--purge-backups");
        assertTrue(removed.out().startsWith("Removed: 1 source"), removed.out());
        assertTrue(removed.out().contains("backup"), removed.out());
        for (String s : priya) {
            assertEquals(List.of(), org.attune.testsupport.FileScan.holding(project, s), s + " is in no file after the removal");
        }
        Map<String, Integer> after = codingsPerSource(project);
        before.remove("C03 Carer Priya");
        assertEquals(before, after, "every other source keeps its codings");
        try (ProjectStore store = ProjectStore.open(project, OPEN)) {
            assertTrue(store.project().getCases().stream().noneMatch(c -> c.getName().equals("Priya")));
            assertEquals(5, store.project().getCases().size());
            AuditEntry last = store.audit().get(0);
            assertTrue(last.summary().startsWith("Participant removed (1 source"), last.summary());
            assertTrue(last.elements().isEmpty(), "the entry lists nothing of theirs");
            assertFalse(store.editingDomain().getCommandStack().canUndo());
            assertEquals(after.values().stream().mapToLong(Integer::intValue).sum(), store.summary().codings(),
                    "no coding of hers is left in the store, attached to no source");
        }
        search = cli("search", project.toString(), "splashing");
        assertTrue(search.out().contains("0 hits") || !search.out().contains("Priya"), search.out());

        // Dawn has her own interview and turns in Anna's practice review, which stays without them
        List<String> dawn = List.of("C01 Carer Dawn", "I thought they wanted evidence to take the kids", "Tyler building a tower");
        String herTurn = "He smiles when I copy his sound";
        String annasTurn;
        try (ProjectStore store = ProjectStore.open(project, OPEN)) {
            TextSource review = practiceReview(store);
            assertTrue(store.text(review).contains(herTurn));
            annasTurn = store.text(review).substring(0, 30);
        }
        Run dawnRemoved = CliTest.ok("cases", "remove-participant", project.toString(), "--case", "Dawn", "--json");
        JsonObject done = dawnRemoved.json();
        assertTrue(done.get("counts").getAsString().startsWith("1 source, 5 speaker turns in shared sources"), done.toString());
        assertTrue(done.get("items").toString().contains("holds their turns"), "the shared original is named: " + done);
        ProjectStore.purgeBackups(project, java.time.Instant.now());
        for (String s : dawn) {
            assertEquals(List.of(), org.attune.testsupport.FileScan.holding(project, s), s + " is in no file after the removal");
        }
        List<Path> turnHolders = org.attune.testsupport.FileScan.holding(project, herTurn);
        assertEquals(1, turnHolders.size(), "only the copied original of the shared review: " + turnHolders);
        assertTrue(turnHolders.get(0).startsWith(project.resolve(ProjectStore.SOURCES_DIR)), turnHolders.toString());
        try (ProjectStore store = ProjectStore.open(project, OPEN)) {
            TextSource review = practiceReview(store);
            String text = store.text(review);
            assertFalse(text.contains(herTurn), text);
            assertTrue(text.startsWith(annasTurn), text);
            assertTrue(review.getTurns().stream().allMatch(t -> "Anna".equals(t.getSpeaker())), "only Anna speaks now");
            assertTrue(review.getTurns().stream().allMatch(t -> t.getEnd() <= review.getLength()));
            for (var coding : review.getCodings()) {
                var s = (org.attune.model.TextSelection) coding.getSelection();
                assertTrue(s.getEnd() <= review.getLength() && s.getStart() < s.getEnd(), "codings follow the text");
            }
            assertTrue(store.audit().stream().noneMatch(e -> e.toString().contains("Dawn") || e.toString().contains("Priya")),
                    "no audit entry names them");
        }
    }

    @Test
    void inAnEncryptedProjectTheRewrittenStoreOpensWithThePassphraseAndHoldsTheOthers(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("sealed");
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "correct horse battery\n");
        OpenOptions sealed = OPEN.withPassphrase("correct horse battery".toCharArray());
        org.attune.sample.SampleProject.create(project, sealed).close();
        Map<String, Integer> before;
        try (ProjectStore store = ProjectStore.open(project, sealed)) {
            before = new HashMap<>();
            for (Source source : store.project().getSources()) {
                store.load(source);
                before.put(source.getName(), source.getCodings().size());
            }
        }
        Run refused = cli("cases", "remove-participant", project.toString(), "--case", "Nobody", "--passphrase-file", secret.toString());
        assertEquals(Cli.FAILED, refused.exitCode());
        assertTrue(refused.err().contains("no case named \"Nobody\""), refused.err());
        assertFalse(refused.err().contains("\tat "), refused.err());
        Run removed = CliTest.ok("cases", "remove-participant", project.toString(), "--case", "Marcus", "--passphrase-file", secret.toString());
        assertEquals(List.of(), org.attune.testsupport.FileScan.holding(project, "Marcus"), "encrypted, and rewritten without him");
        assertTrue(Files.list(project).noneMatch(f -> f.getFileName().toString().startsWith("store.")), "no copy left beside the store");
        before.remove("C02 Carer Marcus");
        try (ProjectStore store = ProjectStore.open(project, sealed)) {
            store.awaitStoreCheck();
            Map<String, Integer> after = new HashMap<>();
            for (Source source : store.project().getSources()) {
                store.load(source);
                after.put(source.getName(), source.getCodings().size());
            }
            assertEquals(before, after);
            assertTrue(store.audit().get(0).summary().startsWith("Participant removed"));
        }
    }

    private static TextSource practiceReview(ProjectStore store) {
        TextSource review = store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
                .filter(s -> s.getName().startsWith("P01")).findFirst().orElseThrow();
        store.load(review);
        return review;
    }

    private static Map<String, Integer> codingsPerSource(Path project) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (ProjectStore store = ProjectStore.openToRead(project, OPEN)) {
            for (Source source : store.project().getSources()) {
                store.load(source);
                counts.put(source.getName(), source.getCodings().size());
            }
        }
        return counts;
    }
}
