package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * The benchmark commands a reviewer runs to check the speed goals, on corpora small enough for a test: every file
 * is imported, every side is timed and the ratios are worked out from what was measured.
 */
class BenchmarkCliTest {

    @Test
    void importBenchmarkImportsEveryDocumentAndTimesAllThreeSides(@TempDir Path tmp) {
        CliTest.Run run = cli("benchmark", "import", tmp.toString(), "--documents", "6", "--words", "6000", "--warm-up", "2",
                "--chunk", "2", "--json");
        assertEquals(Cli.OK, run.exitCode(), run.err());
        JsonObject result = run.json();
        assertEquals(6, result.get("imported").getAsInt(), "every generated docx is imported");
        assertEquals(6, result.get("documents").getAsInt());
        for (String seconds : new String[] {"bareTikaSeconds", "attuneSeconds", "bareStreamingTikaSeconds"}) {
            assertTrue(result.get(seconds).getAsDouble() > 0, seconds);
        }
        assertEquals(result.get("bareTikaSeconds").getAsDouble() / result.get("attuneSeconds").getAsDouble(),
                result.get("ratio").getAsDouble(), 1e-9, "the ratio is bare Tika's time over Attune's");
        assertTrue(Files.isDirectory(tmp.resolve("project")), "the benchmark's project stays for a look");
    }

    @Test
    void searchBenchmarkBuildsBothIndexesAndTimesTheQueryMix(@TempDir Path tmp) {
        CliTest.Run run = cli("benchmark", "search", tmp.toString(), "--sources", "20", "--words", "20000", "--rounds", "3",
                "--json");
        assertEquals(Cli.OK, run.exitCode(), run.err());
        JsonObject result = run.json();
        assertEquals(20, result.get("sources").getAsInt());
        assertTrue(result.get("attuneBuildSeconds").getAsDouble() > 0 && result.get("bareBuildSeconds").getAsDouble() > 0);
        JsonObject attune = result.getAsJsonObject("attuneQuery");
        JsonObject bare = result.getAsJsonObject("bareQuery");
        assertTrue(attune.get("p95").getAsDouble() >= attune.get("p50").getAsDouble(), attune.toString());
        assertEquals(attune.get("p95").getAsDouble() / bare.get("p95").getAsDouble(), result.get("p95Ratio").getAsDouble(), 1e-9);
    }
}
