package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The raters' blind rule on a team project through the command line: the sample's two raters log in as themselves;
 * once Nora reopens her sheet, Sam's login cannot read it, not even claiming to be her ({@code --as}), because the server
 * does not hand it out; once she submits again both sheets are there for him.
 */
class TeamRatingsCliTest {
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void theServerWithholdsTheOtherRatersSheetUntilBothAreSubmitted(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("sample");
        CliTest.ok("project", "sample", sample.toString());
        String plain = cluster.newDatabase("ratedteam");
        CliTest.ok("project", "publish", sample.toString(), cluster.urlWithCredentials(plain));
        try (Connection admin = cluster.admin("ratedteam"); Statement s = admin.createStatement()) {
            s.execute("create role \"nora hale\" login password 'pw-nora' in role attune_rater");
            s.execute("create role \"sam ortiz\" login password 'pw-sam' in role attune_rater");
        }
        String nora = plain + "?user=nora%20hale&password=pw-nora";
        String sam = plain + "?user=sam%20ortiz&password=pw-sam";
        Map<String, String> sheets = sheets(sam, "Sam Ortiz");
        assertEquals(List.of("Nora Hale", "Sam Ortiz"), List.copyOf(sheets.keySet()), "both submitted: both readable");

        CliTest.ok("ratings", "sheet", "reopen", nora, "--as", "Nora Hale", "--sheet", sheets.get("Nora Hale"));
        assertEquals(List.of("Sam Ortiz"), List.copyOf(sheets(sam, "Sam Ortiz").keySet()));
        assertEquals(List.of(), List.copyOf(sheets(sam, "Nora Hale").keySet()), "claiming to be Nora, Sam's login still cannot read her draft");
        assertEquals(List.of("Nora Hale"), List.copyOf(sheets(nora, "Nora Hale").keySet()), "she reads her own, not his");

        CliTest.ok("ratings", "sheet", "submit", nora, "--as", "Nora Hale", "--sheet", sheets.get("Nora Hale"));
        assertEquals(List.of("Nora Hale", "Sam Ortiz"), List.copyOf(sheets(sam, "Sam Ortiz").keySet()));
    }

    /** The sheets {@code url}'s login lists as {@code viewer}: rater to sheet id. */
    private static Map<String, String> sheets(String url, String viewer) {
        Map<String, String> sheets = new TreeMap<>();
        for (JsonElement e : JsonParser.parseString(CliTest.ok("ratings", "sheet", "list", url, "--as", viewer, "--json").out()).getAsJsonArray()) {
            sheets.put(e.getAsJsonObject().get("rater").getAsString(), e.getAsJsonObject().get("id").getAsString());
        }
        return sheets;
    }
}
