package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.attune.cli.tests.CliTest.ok;
import static org.attune.cli.tests.TestProjects.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.coding.BlindCoding;
import org.attune.coding.Coder;
import org.attune.model.Code;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Blind coding on the command line: {@code coding blind|done|status}, {@code segments --as} and {@code agreement
 * --coders --as} on a project built through the store (Ana and Ben each coded two interviews), checked through the
 * output and the store.
 */
class BlindCodingCliTest {
    private static Path twoCoders(Path folder) throws Exception {
        Path project = folder.resolve("study");
        try (ProjectStore store = ProjectStore.create(project, "Two coders", OPEN)) {
            Code waiting = TestProjects.code("Waiting");
            List<TextSource> texts = new ArrayList<>();
            for (String name : List.of("Interview 1", "Interview 2")) {
                texts.add(TestProjects.text(name, 200));
            }
            store.apply("build", () -> {
                store.project().getCodes().add(waiting);
                for (TextSource text : texts) {
                    store.stageText(text, "z".repeat(200));
                    store.project().getSources().add(text);
                }
            });
            Coder coder = new Coder(store);
            store.setCurrentUser("Ana");
            texts.forEach(t -> coder.code(t, 0, 100, waiting));
            store.setCurrentUser("Ben");
            texts.forEach(t -> coder.code(t, 50, 150, waiting));
        }
        return project;
    }

    private static List<String> coders(Run segments) {
        List<String> coders = new ArrayList<>();
        for (JsonElement s : segments.json().getAsJsonArray("segments")) {
            coders.add(s.getAsJsonObject().get("source").getAsString() + ": " + s.getAsJsonObject().get("coder").getAsString());
        }
        return coders;
    }

    private static List<String> stretches(Run query) {
        List<String> stretches = new ArrayList<>();
        for (JsonElement s : query.json().getAsJsonArray("segments")) {
            JsonObject o = s.getAsJsonObject();
            stretches.add(o.get("source").getAsString() + " " + o.get("start").getAsInt() + "-" + o.get("end").getAsInt());
        }
        return stretches;
    }

    private static long total(Run matrix) {
        return matrix.json().getAsJsonObject("matrix").get("total").getAsLong();
    }

    @Test
    void blindCodingHidesOthersCodingsUntilDoneAndAgreementWaitsForBothCoders(@TempDir Path folder) throws Exception {
        String p = twoCoders(folder).toString();
        assertEquals(List.of("Interview 1: Ana", "Interview 1: Ben", "Interview 2: Ana", "Interview 2: Ben"),
                coders(ok("segments", p, "--code", "Waiting", "--as", "Ana", "--json")), "not blind: everything");
        assertTrue(ok("agreement", p, "--coders", "Ana,Ben", "--as", "Ana", "--json").json().getAsJsonArray("withheldSources").isEmpty());

        long everyone = total(ok("frequency", p, "--as", "Ana", "--json"));
        long anasOwn = total(ok("frequency", p, "--coder", "Ana", "--json"));
        assertTrue(everyone > anasOwn, everyone + " > " + anasOwn);

        JsonObject blind = ok("coding", "blind", p, "on", "--json").json();
        assertTrue(blind.get("blind").getAsBoolean());
        assertTrue(blind.get("changed").getAsBoolean());
        assertFalse(ok("coding", "blind", p, "on", "--json").json().get("changed").getAsBoolean(), "already on");

        Run hidden = ok("segments", p, "--code", "Waiting", "--as", "Ana", "--json");
        assertEquals(List.of("Interview 1: Ana", "Interview 2: Ana"), coders(hidden));
        assertEquals(2, hidden.json().get("hidden").getAsInt());
        assertTrue(ok("segments", p, "--code", "Waiting", "--as", "Ana").out().contains("2 segments of other coders hidden from Ana"));
        assertEquals(List.of(), coders(ok("segments", p, "--code", "Waiting", "--as", "Lead", "--json")), "a lead who is not done sees nothing");
        assertEquals(List.of("Interview 1 0-100", "Interview 2 0-100"), stretches(ok("query", p, "--codes", "Waiting", "--as", "Ana", "--json")),
                "a coding query counts only what Ana may see");
        assertEquals(anasOwn, total(ok("frequency", p, "--as", "Ana", "--json")), "the frequency table counts only what Ana may see");

        Run refused = cli("agreement", p, "--coders", "Ana,Ben", "--as", "Ana");
        assertEquals(Cli.FAILED, refused.exitCode());
        assertTrue(refused.err().contains("blind coding: Ana cannot compare Ana and Ben"), refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());

        JsonObject done = ok("coding", "done", p, "--source", "Interview 1", "--as", "Ana", "--json").json();
        assertTrue(done.get("done").getAsBoolean());
        assertEquals(List.of("Interview 1: Ana", "Interview 1: Ben", "Interview 2: Ana"),
                coders(ok("segments", p, "--code", "Waiting", "--as", "ana", "--json")), "Ana done with interview 1 sees Ben's there");
        assertEquals(List.of("Interview 1: Ben", "Interview 2: Ben"), coders(ok("segments", p, "--code", "Waiting", "--as", "Ben", "--json")));
        assertEquals(Cli.FAILED, cli("agreement", p, "--coders", "Ana,Ben", "--as", "Ana").exitCode(), "Ben is not done yet");

        ok("coding", "done", p, "--source", "Interview 1", "--as", "Ben");
        JsonObject agreement = ok("agreement", p, "--coders", "Ana,Ben", "--as", "Ana", "--json").json();
        assertEquals("[\"Interview 2\"]", agreement.getAsJsonArray("withheldSources").toString());
        assertEquals("Ana", agreement.get("viewer").getAsString());
        JsonObject study = agreement.getAsJsonArray("studies").get(0).getAsJsonObject();
        assertEquals("[\"Interview 1\"]", study.getAsJsonArray("sources").toString());
        assertEquals(1, study.get("stretchesA").getAsInt());
        assertTrue(ok("agreement", p, "--coders", "Ana,Ben", "--as", "Ana").out()
                .contains("blind coding: 1 sources withheld from Ana until both coders mark them done: Interview 2"));
        assertEquals(Cli.FAILED, cli("agreement", p, "--coders", "Ana,Ben", "--as", "Lead").exitCode(), "the lead has not marked done");

        JsonObject status = ok("coding", "status", p, "--json").json();
        assertTrue(status.get("blind").getAsBoolean());
        // when each done coder marked it (the Coding Status view's "done" column), an instant of this run
        // (null, or left out, for a coder not done)
        for (var source : status.getAsJsonArray("sources")) {
            for (var coder : source.getAsJsonObject().getAsJsonArray("coders")) {
                var at = coder.getAsJsonObject().remove("doneAt");
                boolean marked = coder.getAsJsonObject().get("done").getAsBoolean();
                assertEquals(marked, at != null && !at.isJsonNull(), coder.toString());
                if (marked) {
                    java.time.Instant when = java.time.Instant.parse(at.getAsString());
                    assertTrue(!when.isAfter(java.time.Instant.now()) && when.isAfter(java.time.Instant.now().minusSeconds(3600)), at.toString());
                }
            }
        }
        assertEquals("[{\"source\":\"Interview 1\",\"coders\":[{\"coder\":\"Ana\",\"codings\":1,\"done\":true},"
                + "{\"coder\":\"Ben\",\"codings\":1,\"done\":true}]},{\"source\":\"Interview 2\",\"coders\":[{\"coder\":\"Ana\","
                + "\"codings\":1,\"done\":false},{\"coder\":\"Ben\",\"codings\":1,\"done\":false}]}]",
                status.getAsJsonArray("sources").toString());

        ok("coding", "done", p, "--source", "Interview 1", "--as", "Ana", "--undo");
        assertEquals(List.of("Interview 1: Ana", "Interview 2: Ana"), coders(ok("segments", p, "--code", "Waiting", "--as", "Ana", "--json")));
        try (ProjectStore store = ProjectStore.open(Path.of(p), OPEN)) {
            Source one = store.project().getSources().get(0);
            User ana = store.project().getUsers().stream().filter(u -> u.getName().equals("Ana")).findFirst().orElseThrow();
            User ben = store.project().getUsers().stream().filter(u -> u.getName().equals("Ben")).findFirst().orElseThrow();
            assertTrue(BlindCoding.isBlind(store.project()));
            assertFalse(BlindCoding.isDone(one, ana));
            assertTrue(BlindCoding.isDone(one, ben));
        }

        ok("coding", "blind", p, "off");
        assertEquals(4, coders(ok("segments", p, "--code", "Waiting", "--as", "Ana", "--json")).size());
        assertEquals(List.of("Interview 1 0-100", "Interview 1 50-150", "Interview 2 0-100", "Interview 2 50-150"),
                stretches(ok("query", p, "--codes", "Waiting", "--as", "Ana", "--json")), "not blind: Ben's codings count too");
        assertEquals(everyone, total(ok("frequency", p, "--as", "Ana", "--json")));
    }

    @Test
    void badInputGetsAClearMessage(@TempDir Path folder) throws Exception {
        String p = twoCoders(folder).toString();
        Run state = cli("coding", "blind", p, "maybe");
        assertEquals(Cli.USAGE, state.exitCode());
        assertTrue(state.err().contains("blind takes on or off, not maybe"), state.err());
        Run source = cli("coding", "done", p, "--source", "Interview 9", "--as", "Ana");
        assertEquals(Cli.FAILED, source.exitCode());
        assertTrue(source.err().contains("no source named \"Interview 9\""), source.err());
        Run missing = cli("coding", "done", p, "--source", "Interview 1");
        assertEquals(Cli.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("--as"), missing.err());
        assertEquals(Cli.USAGE, cli("coding").exitCode());
        for (Run run : List.of(state, source, missing)) {
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
    }
}
