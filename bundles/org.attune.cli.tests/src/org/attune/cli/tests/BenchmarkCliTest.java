package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.attune.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The benchmark commands a reviewer runs to check the speed goals, on corpora small enough for a test: every file
 * is imported, every side is timed and the ratios are worked out from what was measured.
 */
class BenchmarkCliTest {

    /** The start-up benchmark starts the installed product's launcher; the test runtime has none, and says so. */
    @Test
    void startupBenchmarkOutsideAnInstalledProductSaysWhereToRunIt(@TempDir Path tmp) {
        CliTest.Run run = cli("benchmark", "startup", tmp.toString(), "--cli-only", "--runs", "1");
        assertEquals(Cli.FAILED, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("attune: no attune launcher script in ") && run.err().contains("built product"), run.err());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), "no stack trace: " + run.err());
        CliTest.refused(Cli.FAILED, "--runs must be at least 1", "benchmark", "startup", tmp.toString(), "--runs", "0");
    }

    /**
     * The typing benchmark types at the start, middle and end of a transcript it generated and imported, and measures
     * Attune's bytes per key beside bare Xodus' for the one chunk, and the time until Attune's index followed each key
     * beside bare Lucene's update of the one document; the keys are in the project's transcript afterwards.
     */
    @Test
    void typingBenchmarkMeasuresEachPlaceBesideBareXodus(@TempDir Path tmp) throws Exception {
        CliTest.Run run = cli("benchmark", "typing", tmp.toString(), "--words", "12000", "--keys", "5", "--json");
        assertEquals(Cli.OK, run.exitCode(), run.err());
        JsonObject result = run.json();
        assertEquals(12000, result.get("words").getAsInt());
        assertEquals(400, result.get("turns").getAsInt(), "turns of 30 words");
        assertEquals(400, result.get("syncPoints").getAsInt(), "a time code each");
        JsonArray places = result.getAsJsonArray("places");
        assertEquals(3, places.size());
        for (int i = 0; i < 3; i++) {
            JsonObject place = places.get(i).getAsJsonObject();
            assertEquals(new String[] {"start", "middle", "end"}[i], place.get("where").getAsString());
            assertTrue(place.get("attuneBytesPerKey").getAsDouble() > 0 && place.get("bareBytesPerKey").getAsDouble() > 0, place.toString());
            assertTrue(place.getAsJsonObject("attune").get("p50").getAsDouble() > 0, place.toString());
            assertTrue(place.getAsJsonObject("indexFollows").get("samples").getAsInt() == 5
                    && place.getAsJsonObject("indexFollows").get("max").getAsDouble() > 0, "the index's follow timed per key: " + place);
            assertTrue(place.getAsJsonObject("bareLucene").get("samples").getAsInt() == 5
                    && place.getAsJsonObject("bareLucene").get("p50").getAsDouble() > 0, "bare Lucene's update of one document: " + place);
        }
        CliTest.Run again = cli("benchmark", "typing", tmp.toString(), "--words", "100", "--keys", "1");
        assertEquals(Cli.FAILED, again.exitCode(), "a folder that is not empty is refused");
        assertTrue(again.err().contains("the folder is not empty"), again.err());
        assertFalse(again.err().contains("\tat "), "no stack trace: " + again.err());
    }

    @Test
    void importBenchmarkRepeatsTheComparisonImportingEveryDocumentAndTimingAllThreeSides(@TempDir Path tmp) {
        CliTest.Run run = CliTest.ok("benchmark", "import", tmp.toString(), "--documents", "6", "--words", "6000", "--warm-up", "2",
                "--chunk", "2", "--runs", "3", "--json");
        JsonObject result = run.json();
        assertEquals(6, result.get("documents").getAsInt());
        assertTrue(result.get("threads").getAsInt() >= 1);
        JsonArray runs = result.getAsJsonArray("runs");
        assertEquals(3, runs.size(), "one entry per run");
        double[] ratios = new double[3];
        double[] cpuRatios = new double[3];
        for (int i = 0; i < 3; i++) {
            JsonObject one = runs.get(i).getAsJsonObject();
            assertEquals(6, one.get("imported").getAsInt(), "every generated docx is imported in every run");
            for (String seconds : new String[] {"bareTikaSeconds", "attuneSeconds", "bareStreamingTikaSeconds"}) {
                assertTrue(one.get(seconds).getAsDouble() > 0, seconds);
            }
            assertEquals(one.get("bareStreamingTikaSeconds").getAsDouble() / one.get("attuneSeconds").getAsDouble(),
                    one.get("ratio").getAsDouble(), 1e-9, "the goal's ratio is bare Tika's time (same extractor, same threads) over Attune's");
            assertEquals(one.get("bareTikaSeconds").getAsDouble() / one.get("attuneSeconds").getAsDouble(),
                    one.get("ratioToDefaultTika").getAsDouble(), 1e-9);
            ratios[i] = one.get("ratio").getAsDouble();
            double bareCpu = one.get("bareStreamingTikaCpuMsPerFile").getAsDouble(), attuneCpu = one.get("attuneCpuMsPerFile").getAsDouble();
            assertTrue(bareCpu > 0 && attuneCpu > 0, one.toString());
            cpuRatios[i] = bareCpu / attuneCpu;
            assertEquals(cpuRatios[i], one.get("cpuRatio").getAsDouble(), 1e-9, "by CPU: bare Tika's (same extractor) per file over Attune's");
        }
        Arrays.sort(ratios);
        Arrays.sort(cpuRatios);
        assertEquals(ratios[1], result.get("medianRatio").getAsDouble(), 1e-9, "the median of the runs' ratios");
        assertEquals(cpuRatios[1], result.get("medianCpuRatio").getAsDouble(), 1e-9, "the median of the runs' CPU ratios");
        assertTrue(Files.isDirectory(tmp.resolve("project")), "the last run's project stays for a look");
        assertFalse(Files.exists(tmp.resolve("earlier-runs")), "the earlier runs' projects are removed after the last run");
    }

    /**
     * A run killed before its end leaves its earlier runs' projects in {@code earlier-runs}, and a finished one its last
     * project: the next run in the same folder removes them (they are the benchmark's own) instead of stopping on "the
     * folder is not empty" when it comes to create that project. A folder the benchmark did not fill is refused at once.
     */
    @Test
    void importBenchmarkClearsWhatAnEarlierOrKilledRunLeftAndRefusesAFolderNotItsOwn(@TempDir Path tmp) throws Exception {
        String[] small = {"--documents", "4", "--words", "4000", "--warm-up", "1", "--chunk", "2", "--runs", "2", "--json"};
        CliTest.Run first = CliTest.ok(concat(new String[] {"benchmark", "import", tmp.toString()}, small));
        // what a run killed in its second run leaves: run 1's project with an import in it, a warm-up's scratch folder
        Path killed = tmp.resolve("earlier-runs").resolve("project-1");
        CliTest.ok("project", "create", killed.toString());
        CliTest.ok("import", killed.toString(), tmp.resolve("corpus").resolve("interview-0001.docx").toString());
        Files.createDirectories(tmp.resolve("warm-up-123").resolve("project"));
        CliTest.Run again = CliTest.ok(concat(new String[] {"benchmark", "import", tmp.toString()}, small));
        assertTrue(again.err().contains("removing " + tmp.resolve("earlier-runs")), again.err());
        for (var run : again.json().getAsJsonArray("runs")) {
            assertEquals(4, run.getAsJsonObject().get("imported").getAsInt(), "every document imported in every run, into new projects");
        }
        assertFalse(Files.exists(tmp.resolve("earlier-runs")));
        assertFalse(Files.exists(tmp.resolve("warm-up-123")));
        CliTest.Run info = CliTest.ok("project", "info", tmp.resolve("project").toString(), "--json");
        assertEquals(4, info.json().get("sources").getAsInt(), "the new last run's project, not the earlier one's left in place");

        Path foreign = tmp.resolve("foreign");
        CliTest.ok("project", "create", foreign.resolve("project").toString());
        CliTest.Run refused = cli(concat(new String[] {"benchmark", "import", foreign.toString()}, small));
        assertEquals(Cli.FAILED, refused.exitCode());
        assertEquals("attune: " + foreign + ": it holds project, which this benchmark did not make (no corpus of it there);"
                + " choose a new or empty folder", refused.err().strip());
        assertTrue(Files.isDirectory(foreign.resolve("project").resolve("store")), "the project the benchmark did not make is kept");
        assertFalse(Files.exists(foreign.resolve("corpus")), "refused before anything is written");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void searchBenchmarkRepeatsTheComparisonAndBothSidesFindTheNewQueryForms(@TempDir Path tmp) {
        CliTest.Run run = CliTest.ok("benchmark", "search", tmp.toString(), "--sources", "20", "--words", "20000", "--rounds", "3",
                "--warm-up-rounds", "1", "--runs", "3", "--json");
        JsonObject result = run.json();
        assertEquals(20, result.get("sources").getAsInt());
        JsonArray runs = result.getAsJsonArray("runs");
        assertEquals(3, runs.size(), "one entry per run");
        double[] p95Ratios = new double[3];
        for (int i = 0; i < 3; i++) {
            JsonObject one = runs.get(i).getAsJsonObject();
            assertTrue(one.get("attuneBuildSeconds").getAsDouble() > 0 && one.get("bareBuildSeconds").getAsDouble() > 0);
            JsonObject attune = one.getAsJsonObject("attuneQuery");
            JsonObject bare = one.getAsJsonObject("bareQuery");
            assertTrue(attune.get("p95").getAsDouble() >= attune.get("p50").getAsDouble(), attune.toString());
            p95Ratios[i] = attune.get("p95").getAsDouble() / bare.get("p95").getAsDouble();
            assertEquals(p95Ratios[i], one.get("p95Ratio").getAsDouble(), 1e-9);
        }
        java.util.Arrays.sort(p95Ratios);
        assertEquals(p95Ratios[1], result.get("medianP95Ratio").getAsDouble(), 1e-9, "the median of the runs' ratios");
        // issue 15's forms: on the same analysis, both sides find the transcripts that say attuned, attunement, seeing
        Map<String, JsonObject> found = new HashMap<>();
        result.getAsJsonArray("found").forEach(f -> found.put(f.getAsJsonObject().get("query").getAsString(), f.getAsJsonObject()));
        for (String query : new String[] {"attune*", "seeing*", "attuned~1", "\"attune* to her\"", "\"shared review\""}) {
            JsonObject f = found.get(query);
            assertTrue(f.get("attuneHits").getAsInt() > 0 && f.get("bareDocuments").getAsInt() > 0, query + ": " + f);
        }
        // 20 transcripts, two of which end "seeing the clip I felt more attuned to her": one turn each
        assertEquals(2, found.get("\"attune* to her\"").get("bareDocuments").getAsInt());
        assertEquals(2, found.get("\"attune* to her\"").get("attuneHits").getAsInt());
    }
}
