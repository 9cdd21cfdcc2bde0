package org.attune.bench.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attune.cli.Cli;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * The team crash test's own parts: a client's journal predicts exactly what the server holds (else the crash test
 * would report false losses or miss real ones), and the check names a lost, a doubled, a stray code and a client's
 * model that differs. The crash test itself (processes killed, the server restarted) needs the built product's
 * launcher and runs in its smoke test.
 */
class TeamCrashTest {
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void twoClientsJournalsPredictWhatTheServerHolds(@TempDir Path tmp) throws Exception {
        String url = cluster.urlWithCredentials(cluster.newDatabase("crashparts"));
        TeamProject.create(url, "Crash parts");
        Map<String, Journal.Reading> journals = new TreeMap<>();
        Map<String, Map<String, String>> models = new TreeMap<>();
        for (String prefix : List.of("a", "b")) {
            Path journal = tmp.resolve(prefix + ".journal");
            Path model = tmp.resolve(prefix + ".json");
            Cli.Outcome run = Cli.run("faults", "team-child", url, "--journal", journal.toString(), "--prefix", prefix, "--seed",
                    prefix.equals("a") ? "1" : "2", "--stop", tmp.resolve("never").toString(), "--model", model.toString(), "--limit", "25");
            assertEquals(Cli.OK, run.exitCode(), run.err());
            Journal.Reading reading = Journal.read(journal);
            assertEquals(25, reading.acknowledged().size(), "nothing refused on a quiet server: " + reading.failed());
            assertTrue(reading.unsettled().isEmpty());
            assertTrue(reading.acknowledged().stream().map(Step::kind).distinct().count() == 3, "adds, renames and deletes");
            journals.put(prefix, reading);
            models.put(prefix, TeamChildCommand.readCodes(model));
        }
        Map<String, String> database;
        try (TeamProject team = TeamProject.open(url, Runnable::run)) {
            database = TeamChildCommand.codes(team);
        }
        Map<String, Long> names = new TreeMap<>();
        database.values().forEach(n -> names.merge(n, 1L, Long::sum));
        assertTrue(database.size() > 5, database.toString());
        models.remove("a"); // a ended before b acted: its model is older than the server
        assertEquals(List.of(), TeamCheck.problems(journals, database, names, models));

        // what the check must see
        String some = database.keySet().iterator().next();
        Map<String, String> lost = new TreeMap<>(database);
        lost.remove(some);
        assertTrue(TeamCheck.problems(journals, lost, names, Map.of()).get(0).contains("absent on the server"));
        Map<String, Long> doubled = new TreeMap<>(names);
        doubled.put(database.get(some), 2L);
        assertTrue(TeamCheck.problems(journals, database, doubled, Map.of()).get(0).contains("2 times"));
        Map<String, String> stray = new TreeMap<>(database);
        stray.put("00000000-stray", "z-1");
        assertTrue(TeamCheck.problems(journals, stray, names, Map.of()).get(0).contains("no client's action made it"));
        assertTrue(TeamCheck.problems(journals, database, names, Map.of("b", lost)).get(0).contains("b: its model differs"));
    }

    @Test
    void anUnsettledActionMayHaveHappenedOrNot() throws Exception {
        Path file = Files.createTempFile("journal", ".txt");
        try {
            Journal journal = new Journal(file);
            journal.ready();
            Step add = new Step("c-1", TeamChildCommand.ADD, null, "id-1", null, 0, 0, "c-1", null, null, null);
            journal.begin(add);
            journal.ack(add);
            Step rename = new Step("c-2", TeamChildCommand.RENAME, null, "id-1", null, 0, 0, "c-2", null, null, null);
            journal.begin(rename); // killed here
            Journal.Reading reading = Journal.read(file);
            Map<String, Journal.Reading> journals = Map.of("c", reading);
            assertEquals(List.of(), TeamCheck.problems(journals, Map.of("id-1", "c-1"), Map.of("c-1", 1L), Map.of()));
            assertEquals(List.of(), TeamCheck.problems(journals, Map.of("id-1", "c-2"), Map.of("c-2", 1L), Map.of()));
            assertEquals(1, TeamCheck.problems(journals, Map.of(), Map.of(), Map.of()).size(), "the acknowledged add is lost");
        } finally {
            Files.delete(file);
        }
    }
}
