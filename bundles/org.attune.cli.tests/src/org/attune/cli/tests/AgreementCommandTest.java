package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.attune.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** {@code attune cli agreement --csv FILE} on real CSV files. */
class AgreementCommandTest {
    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, missing data,
     * written as tidy rows with both spellings of a missing score (blank, NA). Published alphas: nominal .743,
     * ordinal .815, interval .849 (exactly 113/152, 108577/133160, 951/1120).
     */
    private static final String KRIPPENDORFF = """
            unit,rater,value
            1,A,1
            1,B,1
            1,C,
            1,D,1
            2,A,2
            2,B,2
            2,C,3
            2,D,2
            3,A,3
            3,B,3
            3,C,3
            3,D,3
            4,A,3
            4,B,3
            4,C,3
            4,D,3
            5,A,2
            5,B,2
            5,C,2
            5,D,2
            6,A,1
            6,B,2
            6,C,3
            6,D,4
            7,A,4
            7,B,4
            7,C,4
            7,D,4
            8,A,1
            8,B,1
            8,C,2
            8,D,1
            9,A,2
            9,B,2
            9,C,2
            9,D,2
            10,A,NA
            10,B,5
            10,C,5
            10,D,5
            11,C,1
            11,D,1
            12,B,3
            12,A,NA
            """;

    @Test
    void tableOfEveryCoefficient(@TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("scores.csv"), KRIPPENDORFF);
        CliTest.Run run = CliTest.ok("agreement", "--csv", csv.toString());
        assertTrue(run.out().startsWith(csv + ": 12 units, 4 raters, 41 scores"), run.out());
        assertEquals("Krippendorff's alpha, nominal 0.743 11 4", row(run, "Krippendorff's alpha, nominal"));
        assertEquals("Krippendorff's alpha, ordinal 0.815 11 4", row(run, "Krippendorff's alpha, ordinal"));
        assertEquals("Krippendorff's alpha, interval 0.849 11 4", row(run, "Krippendorff's alpha, interval"));
        // irrCAC: AC1 0.77544 (0.461, 1); Fleiss' kappa 0.76117 (0.424, 1).
        assertEquals("Gwet's AC1 0.775 [0.461, 1.000] 11 4", row(run, "Gwet's AC1"));
        assertEquals("Fleiss' kappa 0.761 [0.424, 1.000] 11 4", row(run, "Fleiss' kappa"));
        assertEquals("Cohen's kappa not defined: needs exactly 2 raters, the data have 4", row(run, "Cohen's kappa"));
        // ICCs use only the 8 units all four observers scored (2 to 9), and show their 95% interval.
        assertTrue(row(run, "ICC(2,1)").matches("ICC\\(2,1\\) 0\\.\\d{3} \\[0\\.\\d{3}, 0\\.\\d{3}\\] 8 4"), row(run, "ICC(2,1)"));
    }

    /** The table row of a coefficient, with runs of spaces collapsed. */
    private static String row(CliTest.Run run, String name) {
        return run.out().lines().filter(l -> l.startsWith(name + "  ")).findFirst().orElseThrow(() -> new AssertionError(run.out()))
                .replaceAll(" +", " ");
    }

    @Test
    void jsonCarriesFullPrecisionAndUnitsUsed(@TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("scores.csv"), KRIPPENDORFF);
        CliTest.Run run = CliTest.ok("agreement", "--csv", csv.toString(), "--json");
        JsonObject json = run.json();
        assertEquals(12, json.get("units").getAsInt());
        assertEquals(4, json.get("raters").getAsInt());
        Map<String, JsonObject> byId = new HashMap<>();
        for (JsonElement e : json.getAsJsonArray("coefficients")) {
            byId.put(e.getAsJsonObject().get("id").getAsString(), e.getAsJsonObject());
        }
        assertEquals(18, byId.size());
        assertEquals(0.15302, byId.get("fleiss-kappa").get("standardError").getAsDouble(), 0.000005); // irrCAC's README
        assertEquals(113.0 / 152, byId.get("alpha-nominal").get("value").getAsDouble(), 1e-9);
        assertEquals(108577.0 / 133160, byId.get("alpha-ordinal").get("value").getAsDouble(), 1e-9);
        assertEquals(951.0 / 1120, byId.get("alpha-interval").get("value").getAsDouble(), 1e-9);
        assertEquals(11, byId.get("alpha-nominal").get("unitsUsed").getAsInt());
        // Gwet's AC1 for these data, as irrCAC prints it: 0.77544 (exactly 31825/41041).
        assertEquals(31825.0 / 41041, byId.get("ac1").get("value").getAsDouble(), 1e-9);
        assertTrue(byId.get("kappa").get("value") == null, "an undefined coefficient has no value");
        assertEquals("needs exactly 2 raters, the data have 4", byId.get("kappa").get("notDefined").getAsString());
        JsonObject icc = byId.get("icc2");
        assertTrue(icc.get("ciLow").getAsDouble() < icc.get("value").getAsDouble()
                && icc.get("value").getAsDouble() < icc.get("ciHigh").getAsDouble(), icc.toString());
    }

    @Test
    void bootstrapGivesAlphaAReproducibleInterval(@TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("scores.csv"), KRIPPENDORFF);
        CliTest.Run run = CliTest.ok("agreement", "--csv", csv.toString(), "--metric", "alpha-ordinal", "--bootstrap", "2000", "--seed", "3");
        assertTrue(row(run, "Krippendorff's alpha, ordinal").matches("Krippendorff's alpha, ordinal 0\\.815 \\[0\\.\\d{3}, 1\\.000\\] 11 4"),
                run.out());
        CliTest.Run again = cli("agreement", "--csv", csv.toString(), "--metric", "alpha-ordinal", "--bootstrap", "2000", "--seed", "3",
                "--json");
        JsonObject alpha = again.json().getAsJsonArray("coefficients").get(0).getAsJsonObject();
        assertTrue(run.out().contains(String.format(java.util.Locale.ROOT, "[%.3f, ", alpha.get("ciLow").getAsDouble())),
                "the same seed, the same interval: " + alpha);
        assertTrue(alpha.get("standardError").getAsDouble() > 0, alpha.toString());
        // beside it Krippendorff's own bootstrap (KALPHA): interval, M pairs and q(alpha < min) for .9 ... .5, as the text says
        JsonObject kalpha = alpha.getAsJsonObject("kalpha");
        assertEquals(2000, kalpha.get("samples").getAsInt());
        assertEquals(6, kalpha.getAsJsonArray("q").size());
        assertEquals(0.67, kalpha.getAsJsonArray("q").get(3).getAsJsonObject().get("alphaMin").getAsDouble(), 0);
        assertTrue(run.out().contains(String.format(java.util.Locale.ROOT, "Krippendorff's bootstrap (KALPHA, 2000 samples of %d pairs): 95%% %.3f–%.3f;",
                kalpha.get("draws").getAsInt(), kalpha.get("ciLow").getAsDouble(), kalpha.get("ciHigh").getAsDouble())), run.out());
        assertTrue(run.out().contains(String.format(java.util.Locale.ROOT, "q(α<0.8) %.3f,",
                kalpha.getAsJsonArray("q").get(1).getAsJsonObject().get("q").getAsDouble())), run.out());
        CliTest.refused(Cli.USAGE, "--bootstrap takes 100 to 1000000 resamples, not 5", "agreement", "--csv", csv.toString(), "--bootstrap", "5");
        assertEquals(Cli.USAGE, cli("agreement", "--csv", csv.toString(), "--seed", "4").exitCode());
    }

    @Test
    void onlyTheRequestedMetrics(@TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("two.csv"), """
                unit,rater,value
                clip 1,Ana,3
                clip 1,Ben,3
                clip 2,Ana,4
                clip 2,Ben,2
                clip 3,Ana,1
                clip 3,Ben,1
                clip 4,Ana,2
                clip 4,Ben,N/A
                """);
        CliTest.Run run = CliTest.ok("agreement", "--csv", csv.toString(), "--metric", "kappa", "--metric", "percent", "--json");
        var coefficients = run.json().getAsJsonArray("coefficients");
        assertEquals(2, coefficients.size());
        assertEquals("percent", coefficients.get(0).getAsJsonObject().get("id").getAsString());
        assertEquals(2.0 / 3, coefficients.get(0).getAsJsonObject().get("value").getAsDouble(), 1e-12);
        // Kappa on the 3 units both scored: p_o = 2/3, p_e = 2·(1/3·1/3) + 1/3·0 + 0·1/3 … = 2/9 → (2/3 − 2/9)/(7/9) = 4/7.
        assertEquals(4.0 / 7, coefficients.get(1).getAsJsonObject().get("value").getAsDouble(), 1e-12);
        assertEquals(3, coefficients.get(1).getAsJsonObject().get("unitsUsed").getAsInt());
    }

    @Test
    void unknownMetricIsAUsageError(@TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("scores.csv"), KRIPPENDORFF);
        CliTest.refused(Cli.USAGE, "Unknown metric 'fleiss'; known: percent, within-one, kappa", "agreement", "--csv", csv.toString(), "--metric", "fleiss");
    }

    @Test
    void aValueThatIsNoNumberIsReportedWithFileAndLine(@TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("typo.csv"), "unit,rater,value\n1,A,2\n1,B,two\n");
        CliTest.Run run = cli("agreement", "--csv", csv.toString(), "--json");
        assertEquals(Cli.FAILED, run.exitCode());
        assertTrue(run.err().contains(csv + ", line 3: value 'two' is not a number"), run.err());
        assertEquals(1, run.json().get("exitCode").getAsInt());
    }

    @Test
    void aMissingColumnIsReported(@TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("columns.csv"), "unit,coder,value\n1,A,2\n");
        refused(csv, ", line 1: no column 'rater' in the header [unit, coder, value]");
    }

    @Test
    void aDuplicateUnitAndRaterIsReportedWithBothLines(@TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("twice.csv"), "unit,rater,value\n1,A,2\n1,B,3\n\n1,A,4\n");
        refused(csv, ", line 5: rater A scored unit 1 more than once (first on line 2)");
    }

    @Test
    void aMissingFileIsReported(@TempDir Path tmp) {
        refused(tmp.resolve("nowhere.csv"), ": cannot read the file");
    }

    /** agreement --csv on {@code csv} fails (exit 1) with a message that names the file, then says {@code problem}. */
    private static void refused(Path csv, String problem) {
        CliTest.refused(Cli.FAILED, csv + problem, "agreement", "--csv", csv.toString());
    }
}
