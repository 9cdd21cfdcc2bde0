package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.cli.Cli;
import org.attune.model.AttuneFactory;
import org.attune.model.VideoSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** Two raters score a recording on the VIG scale from a script; the lead makes the consensus and the tables. */
class RatingsCliTest {

    private static CliTest.Run ok(String... args) {
        CliTest.Run run = CliTest.cli(args);
        assertEquals(Cli.OK, run.exitCode(), run.err() + run.out());
        return run;
    }

    @Test
    void twoRatersFromTemplateToTable(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("study");
        try (ProjectStore store = ProjectStore.create(p, "VIG", OpenOptions.of("test").withBackups(false))) {
            VideoSource video = AttuneFactory.eINSTANCE.createVideoSource();
            video.setName("review-1.mp4");
            video.setDurationMs(900_000);
            store.apply("add video", () -> store.project().getSources().add(video));
        }
        String project = p.toString();
        JsonObject template = ok("ratings", "template", project, "--name", "VIG", "--json").json();
        assertEquals(52, template.get("scorableSubItems").getAsInt());
        assertEquals(Cli.FAILED, CliTest.cli("ratings", "template", project, "--name", "VIG").exitCode());

        String scale = "VIG Practice Skills Rating Scale";
        String a = ok("ratings", "sheet", "start", project, "--as", "NM", "--recording", "review-1.mp4", "--scale", scale,
                "--practitioner", "Practitioner 1", "--condition", "VIG shared review", "--json").json().get("id").getAsString();
        String b = ok("ratings", "sheet", "start", project, "--as", "ST", "--recording", "review-1.mp4", "--scale", scale,
                "--practitioner", "Practitioner 1", "--condition", "VIG shared review", "--json").json().get("id").getAsString();
        CliTest.Run scored = ok("ratings", "score", project, "--as", "NM", "--sheet", a, "--item", "4", "--sub", "2", "--value", "4",
                "--note", "dance-like", "--evidence", "61000-75000", "--json");
        assertEquals(1, scored.json().getAsJsonObject("progress").get("done").getAsInt());

        CliTest.Run notLevel = CliTest.cli("ratings", "score", project, "--as", "NM", "--sheet", a, "--item", "4", "--sub", "1", "--value", "9");
        assertEquals(Cli.FAILED, notLevel.exitCode());
        assertTrue(notLevel.err().contains(p.toAbsolutePath().toString()) && notLevel.err().contains("9 is not a level"), notLevel.err());
        CliTest.Run incomplete = CliTest.cli("ratings", "sheet", "submit", project, "--as", "NM", "--sheet", a);
        assertEquals(Cli.FAILED, incomplete.exitCode());
        assertTrue(incomplete.err().contains("51 of 52 sub-items unscored"), incomplete.err());
        CliTest.ok("ratings", "sheet", "submit", project, "--as", "NM", "--sheet", a, "--incomplete");

        CliTest.refused(Cli.FAILED, "blind rating: ST cannot see", "ratings", "sheet", "show", project, "--as", "ST", "--sheet", a);

        ok("ratings", "score", project, "--as", "ST", "--sheet", b, "--item", "4", "--sub", "2", "--value", "2");
        ok("ratings", "sheet", "submit", project, "--as", "ST", "--sheet", b, "--incomplete");
        CliTest.Run shown = ok("ratings", "sheet", "show", project, "--as", "ST", "--sheet", a);
        assertTrue(shown.out().contains("4.2    4    dance-like"), shown.out());
        CliTest.Run compared = ok("ratings", "compare", project, "--as", "ST", "--sheets", a + "," + b);
        assertTrue(compared.out().contains("4.2       4    2    2 disagree"), compared.out());

        assertEquals(Cli.FAILED, CliTest.cli("ratings", "consensus", project, "--as", "NM", "--sheets", a + "," + b).exitCode());
        ok("ratings", "consensus", project, "--as", "NM", "--sheets", a + "," + b, "--decide", "4.2=3", "--note", "agreed 3");
        JsonObject table = ok("ratings", "table", project, "--scale", scale, "--by", "practitioner", "--from", "consensus",
                "--json").json();
        assertEquals(3.0, table.getAsJsonArray("rows").get(0).getAsJsonObject().getAsJsonArray("cells").get(0).getAsJsonObject()
                .get("total").getAsDouble());
        assertEquals(51, table.getAsJsonObject("total").getAsJsonArray("cells").get(0).getAsJsonObject().get("missing").getAsInt());
        CliTest.Run mean = ok("ratings", "table", project, "--scale", scale, "--by", "item", "--from", "mean");
        assertTrue(mean.out().lines().anyMatch(l -> l.matches("4 Embodiment of AVIGuk Values and Beliefs\\s+3\\s+7\\s*")),
                mean.out()); // (4 + 2) / 2 = 3, seven of its eight sub-items missing

        Path csv = tmp.resolve("scores.csv");
        ok("ratings", "export", project, "--csv", csv.toString(), "--as", "NM");
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 3 * 52, lines.size(), "header + 3 sheets x 52 sub-items");
        assertEquals(2 * 52, com.google.gson.JsonParser.parseString(ok("ratings", "rows", project, "--scale", scale, "--json").out())
                .getAsJsonArray().size(), "two raters' sheets; the consensus sheet is not a rater");
        assertEquals(Cli.USAGE, CliTest.cli("ratings", "score", project, "--sheet", a, "--item", "4", "--sub", "2").exitCode());
    }
}
