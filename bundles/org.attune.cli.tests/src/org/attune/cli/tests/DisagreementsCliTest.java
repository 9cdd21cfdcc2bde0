package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.attune.cli.tests.TestProjects.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.testsupport.Studies;
import org.attune.testsupport.TwoCoders;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code disagreements} and {@code settle} on a project built through the store: the four kinds are listed and
 * numbered, settling makes consensus codings (checked in the store), progress counts, a settled disagreement is not
 * open again, and the blind rule withholds sources the coders have not both marked done.
 */
class DisagreementsCliTest {
    private static Path twoCoders(Path folder) throws Exception {
        Path project = folder.resolve("study");
        try (ProjectStore store = ProjectStore.create(project, "Two coders", OPEN)) {
            List<Code> codes = Studies.codes(store, "Waiting", "Praise");
            Code waiting = codes.get(0);
            Code praise = codes.get(1);
            TextSource text = Studies.transcript(store, "Interview",
                    "I wait for her to start and then I follow. She looked at me and smiled. We played together for a while.");
            TwoCoders.in(store).as("Ana").code(text, 0, 10, waiting).code(text, 20, 30, waiting).code(text, 45, 60, praise)
                    .code(text, 75, 90, praise)
                    .as("Ben").code(text, 0, 10, waiting).code(text, 22, 40, waiting).code(text, 45, 60, waiting);
        }
        return project;
    }

    private static Run ok(String... args) {
        Run run = CliTest.ok(args);
        assertTrue(run.err().isEmpty(), run.err());
        return run;
    }

    private static List<String> rows(Run listing) {
        List<String> rows = new ArrayList<>();
        for (JsonElement e : listing.json().getAsJsonArray("disagreements")) {
            JsonObject o = e.getAsJsonObject();
            rows.add(o.get("number").getAsInt() + " " + o.get("kind").getAsString() + " " + o.get("start").getAsLong() + "-"
                    + o.get("end").getAsLong() + (o.has("settled") && !o.get("settled").isJsonNull()
                            ? " " + o.getAsJsonObject("settled").get("decision").getAsString() + " by "
                                    + o.getAsJsonObject("settled").get("by").getAsString()
                            : ""));
        }
        return rows;
    }

    private static List<String> consensus(Path project) throws Exception {
        List<String> out = new ArrayList<>();
        try (ProjectStore store = ProjectStore.openToRead(project, OPEN)) {
            for (Source s : store.project().getSources()) {
                store.load(s);
                for (Coding c : s.getCodings()) {
                    if (c.getCreatedBy() != null && c.getCreatedBy().getName().equals("consensus")) {
                        TextSelection t = (TextSelection) c.getSelection();
                        out.add(c.getCode().getName() + " " + t.getStart() + "-" + t.getEnd());
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    void listSettleAndSeeTheProgress(@TempDir Path folder) throws Exception {
        Path project = twoCoders(folder);
        String p = project.toString();
        Run listing = ok("disagreements", p, "--coders", "Ana,Ben", "--json");
        assertEquals(List.of("1 different boundaries 20-40", "2 different codes 45-60", "3 A only 75-90"), rows(listing));
        assertEquals(0, listing.json().get("settled").getAsInt());
        assertEquals(3, listing.json().get("total").getAsInt());
        assertEquals("characters", listing.json().getAsJsonArray("disagreements").get(0).getAsJsonObject().get("unit").getAsString());
        assertTrue(ok("disagreements", p, "--coders", "Ana,Ben").out().contains("3 disagreements, 0 of 3 settled"));
        assertEquals(List.of("1 different boundaries 20-40", "2 different codes 45-60"),
                rows(ok("disagreements", p, "--coders", "Ana,Ben", "--code", "Waiting", "--json")), "numbers stay when filtered");
        assertEquals(List.of("2 different codes 45-60", "3 A only 75-90"),
                rows(ok("disagreements", p, "--coders", "Ana,Ben", "--code", "Praise", "--source", "interview", "--json")));

        Run settled = ok("settle", p, "--coders", "Ana,Ben", "--number", "1", "--decision", "both", "--as", "Lead", "--json");
        assertEquals(1, settled.json().get("settledNow").getAsInt());
        ok("settle", p, "--coders", "Ana,Ben", "--number", "2", "--decision", "b", "--as", "Lead");
        ok("settle", p, "--coders", "Ana,Ben", "--number", "3", "--decision", "adjust", "--start", "77", "--end", "88", "--as", "Lead");
        assertEquals(List.of("Praise 77-88", "Waiting 20-40", "Waiting 45-60"), consensus(project));
        assertEquals(List.of("1 different boundaries 20-40 both by Lead", "2 different codes 45-60 accept-b by Lead",
                "3 A only 75-90 adjust by Lead"), rows(ok("disagreements", p, "--coders", "Ana,Ben", "--json")));
        assertEquals(List.of(), rows(ok("disagreements", p, "--coders", "Ana,Ben", "--open", "--json")), "settled ones are not open");

        ok("settle", p, "--coders", "Ana,Ben", "--number", "3", "--decision", "reopen", "--as", "Lead");
        assertEquals(List.of("3 A only 75-90"), rows(ok("disagreements", p, "--coders", "Ana,Ben", "--open", "--json")));
        assertEquals(List.of("Waiting 20-40", "Waiting 45-60"), consensus(project));
        assertEquals(1, ok("settle", p, "--coders", "Ana,Ben", "--agreed", "--json").json().get("agreedAdopted").getAsInt());
        assertEquals(List.of("Waiting 0-10", "Waiting 20-40", "Waiting 45-60"), consensus(project));

        CliTest.refused(Cli.FAILED, "no disagreement #9 between Ana and Ben (there are 3)", "settle", p, "--coders", "Ana,Ben", "--number", "9", "--decision", "a");
        CliTest.refused(Cli.USAGE, "no decision \"maybe\": accept-a, accept-b, both, neither, adjust or reopen", "settle", p, "--coders", "Ana,Ben", "--number", "1", "--decision", "maybe");
        CliTest.refused(Cli.FAILED, "no coder named \"Cy\"", "disagreements", p, "--coders", "Ana,Cy");

        ok("coding", "blind", p, "on");
        assertEquals(0, ok("disagreements", p, "--coders", "Ana,Ben", "--as", "Lead", "--json").json().get("total").getAsInt(),
                "blind: nobody has marked the interview done");
        ok("coding", "done", p, "--source", "Interview", "--as", "Ana");
        ok("coding", "done", p, "--source", "Interview", "--as", "Ben");
        assertEquals(3, ok("disagreements", p, "--coders", "Ana,Ben", "--as", "Ana", "--json").json().get("total").getAsInt());
        // docs/agreement.md, "Blind coding": a lead who codes nothing compares the two once the lead marked it done too
        assertEquals(0, ok("disagreements", p, "--coders", "Ana,Ben", "--as", "Lead", "--json").json().get("total").getAsInt(),
                "both coders done, the lead not yet");
        Run withheld = cli("settle", p, "--coders", "Ana,Ben", "--number", "3", "--decision", "neither", "--as", "Lead");
        assertEquals(Cli.FAILED, withheld.exitCode(), withheld.out());
        assertTrue(withheld.err().contains("no disagreement #3 between Ana and Ben (there are 0)"), withheld.err());
        ok("coding", "done", p, "--source", "Interview", "--as", "Lead");
        assertEquals(3, ok("disagreements", p, "--coders", "Ana,Ben", "--as", "Lead", "--json").json().get("total").getAsInt());
        ok("settle", p, "--coders", "Ana,Ben", "--number", "3", "--decision", "neither", "--as", "Lead");
        assertEquals(List.of(), rows(ok("disagreements", p, "--coders", "Ana,Ben", "--open", "--as", "Lead", "--json")),
                "the lead settled the last open one");
    }
}
