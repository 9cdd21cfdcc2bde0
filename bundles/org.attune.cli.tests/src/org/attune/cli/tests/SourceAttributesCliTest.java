package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Source attributes where case attributes are used (issue #18): a matrix's columns by a source attribute's values
 * ({@code attribute:source.Kind}), {@code --where source.Kind=photo} in segments, matrix, frequency and query, and
 * {@code source.kind:photo} in search;
 * the counts agree with each other; a source attribute the project does not have is refused naming those it has.
 */
class SourceAttributesCliTest {
    @Test
    void sourceAttributesMakeColumnsAndFiltersWhoseCountsAgree(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("Story A.txt"), "The sand is our house. The sand is warm.\n");
        Files.writeString(in.resolve("Story B.txt"), "A castle of sand.\n");
        Files.writeString(in.resolve("Interview C.txt"), "We played with sand at home.\n");
        Files.writeString(in.resolve("Notes D.txt"), "Notes: sand again.\n");
        String p = project.toString();
        CliTest.ok("project", "create", p);
        CliTest.ok("import", p, in.toString());
        for (String[] set : new String[][] {{"Story A", "photo"}, {"Story B", "photo"}, {"Interview C", "interview"}}) {
            Run done = CliTest.ok("sources", "set", p, set[0], "Kind", set[1]);
        }
        for (String source : List.of("Story A", "Story B", "Interview C", "Notes D")) {
            Run coded = CliTest.ok("code", p, "--source", source, "--words", "sand", "--all", "--code", "Play", "--create");
        }

        Run matrix = CliTest.ok("matrix", p, "--columns", "attribute:source.Kind", "--json");
        JsonObject m = matrix.json().getAsJsonObject("matrix");
        assertEquals(List.of("interview", "photo", "(no value)"), labels(m.getAsJsonArray("columns")), "the values, then the source without one");
        JsonArray play = m.getAsJsonArray("values").get(0).getAsJsonArray();
        assertEquals(List.of(1L, 3L, 1L), List.of(play.get(0).getAsLong(), play.get(1).getAsLong(), play.get(2).getAsLong()),
                "Story A's two sands and Story B's one are photos: " + matrix.out());

        Run photos = CliTest.ok("segments", p, "--code", "Play", "--where", "source.Kind=photo", "--json");
        assertEquals(3, photos.json().get("count").getAsInt(), "as the matrix's photo column: " + photos.out());
        Run casePrefixed = cli("segments", p, "--code", "Play", "--where", "source.kind=PHOTO", "--json");
        assertEquals(3, casePrefixed.json().get("count").getAsInt(), "names and values ignore upper and lower case");

        Run frequency = CliTest.ok("frequency", p, "--where", "source.Kind=photo", "--json");
        JsonObject f = frequency.json().getAsJsonObject("matrix");
        assertEquals(List.of("Story A", "Story B"), labels(f.getAsJsonArray("columns")), "only the photos' sources");
        assertEquals(3L, f.get("total").getAsLong(), frequency.out());

        Run filtered = CliTest.ok("matrix", p, "--columns", "sources", "--where", "source.Kind=interview", "--json");
        assertEquals(1L, filtered.json().getAsJsonObject("matrix").get("total").getAsLong(), "as the matrix's interview column: " + filtered.out());

        Run query = CliTest.ok("query", p, "--codes", "Play", "--where", "source.Kind=photo", "--json");
        assertEquals(3, query.json().get("count").getAsInt(), query.out());

        Run search = CliTest.ok("search", p, "sand AND source.kind:photo", "--json");
        List<String> found = new ArrayList<>();
        search.json().getAsJsonArray("hits").forEach(h -> found.add(h.getAsJsonObject().get("sourceName").getAsString()));
        assertTrue(!found.isEmpty() && found.stream().allMatch(n -> n.equals("Story A") || n.equals("Story B")),
                "only the photos' text: " + search.out());

        Run unknown = cli("matrix", p, "--columns", "attribute:source.Colour");
        assertEquals(Cli.USAGE, unknown.exitCode(), "as an unknown case attribute");
        assertTrue(unknown.err().contains("there is no source attribute named \"Colour\" (the project has: source.Kind)"), unknown.err());
        CliTest.refused(Cli.FAILED, "no source attribute named \"Colour\"", "segments", p, "--code", "Play", "--where", "source.Colour=red");
        Run caseStill = cli("segments", p, "--code", "Play", "--where", "Kind=photo");
        assertEquals(Cli.FAILED, caseStill.exitCode(), "Kind without source. is a case attribute, which the project has not");
        assertTrue(caseStill.err().contains("no case attribute named \"Kind\""), caseStill.err());
    }

    private static List<String> labels(JsonArray headers) {
        List<String> labels = new ArrayList<>();
        for (JsonElement h : headers) {
            labels.add(h.getAsJsonObject().get("label").getAsString());
        }
        return labels;
    }
}
