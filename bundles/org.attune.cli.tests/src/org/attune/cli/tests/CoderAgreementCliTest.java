package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.coding.Coder;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.model.VideoSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.testsupport.Studies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code agreement <project> --coders A,B} on a project built through the store: Ana and Ben coded a transcript
 * of 1,000 characters as NVivo's documented example (Waiting: 50 characters by both, 150 by one) and the same
 * stretch with Praise; on a recording they coded Krippendorff's (2004) unitizing example in milliseconds.
 */
class CoderAgreementCliTest {
    @TempDir
    static Path folder;

    private static Path project;

    /** How a test codes its project: as whom ({@code store.setCurrentUser}) and what. */
    private interface Coding {
        void code(ProjectStore store, Coder coder, TextSource text, VideoSource video, Code waiting, Code praise);
    }

    /**
     * A project through the store with the codes Waiting and Praise, the transcript "interview" (1,000 characters)
     * and the recording "session.mp4" (300 ms), coded as {@code coding} says.
     */
    private static Path project(String name, Coding coding) throws Exception {
        Path dir = folder.resolve(name);
        try (ProjectStore store = ProjectStore.create(dir, name, OpenOptions.of("test").withBackups(false))) {
            List<Code> codes = Studies.codes(store, "Waiting", "Praise");
            TextSource text = Studies.transcript(store, "interview", "x".repeat(1000));
            VideoSource video = Studies.video(store, "session.mp4", 300);
            coding.code(store, new Coder(store), text, video, codes.get(0), codes.get(1));
        }
        return dir;
    }

    @BeforeAll
    static void twoCoders() throws Exception {
        project = project("study", (store, coder, text, video, waiting, praise) -> {
            store.setCurrentUser("Ana");
            coder.code(text, 0, 125, waiting);
            coder.code(text, 300, 400, praise);
            long[][] ana = { { 75, 145 }, { 220, 250 } };
            java.util.Arrays.stream(ana).forEach(r -> coder.codeTime(video, r[0], r[1], waiting));
            coder.codeTime(video, 30, 90, praise);
            coder.codeTime(video, 150, 200, praise);
            store.setCurrentUser("Ben");
            coder.code(text, 75, 200, waiting);
            coder.code(text, 300, 400, praise);
            long[][] ben = { { 70, 150 }, { 205, 225 }, { 250, 270 } };
            java.util.Arrays.stream(ben).forEach(r -> coder.codeTime(video, r[0], r[1], waiting));
            coder.codeTime(video, 30, 90, praise);
            coder.codeTime(video, 150, 200, praise);
            store.setCurrentUser("Cy");
            coder.code(text, 0, 1000, waiting); // a third coder, left out
        });
    }

    private static JsonObject study(Run run, String unit) {
        assertEquals(Cli.OK, run.exitCode(), run.err());
        for (JsonElement s : run.json().getAsJsonArray("studies")) {
            if (s.getAsJsonObject().get("unit").getAsString().equals(unit)) {
                return s.getAsJsonObject();
            }
        }
        throw new AssertionError("no study of " + unit + " in " + run.out());
    }

    private static JsonObject row(JsonObject study, String code, String source) {
        for (JsonElement r : study.getAsJsonArray("rows")) {
            JsonObject row = r.getAsJsonObject();
            if (same(row.get("code"), code) && same(row.get("source"), source)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " / " + source + " in " + study);
    }

    private static boolean same(JsonElement value, String expected) {
        return expected == null ? value == null || value.isJsonNull() : value != null && value.getAsString().equals(expected);
    }

    private static JsonObject figure(JsonObject row, String id) {
        for (JsonElement f : row.getAsJsonArray("figures")) {
            if (f.getAsJsonObject().get("id").getAsString().equals(id)) {
                return f.getAsJsonObject();
            }
        }
        throw new AssertionError("no figure " + id + " in " + row);
    }

    @Test
    void charactersAsNVivo() {
        Run run = cli("agreement", project.toString(), "--coders", "ana,Ben", "--json");
        JsonObject text = study(run, "characters");
        assertEquals(2, text.get("stretchesA").getAsInt());
        JsonObject waiting = row(text, "Waiting", "interview");
        assertEquals(85.0, figure(waiting, "percent").get("value").getAsDouble(), 1e-9); // NVivo's documented 85 %
        assertEquals(1000, figure(waiting, "percent").get("units").getAsLong());
        assertEquals(50, waiting.getAsJsonObject("counts").get("both").getAsLong());
        assertEquals(25.0, figure(waiting, "percent-coded").get("value").getAsDouble(), 1e-9);
        assertEquals(100.0, figure(row(text, "Praise", "interview"), "percent").get("value").getAsDouble(), 1e-9);
        assertEquals(2000, figure(row(text, null, null), "percent").get("units").getAsLong());
        // The recording's time codings are compared in milliseconds, apart from the characters.
        assertEquals(300, figure(row(study(run, "milliseconds"), "Waiting", "session.mp4"), "percent").get("units").getAsLong());
        Run table = cli("agreement", project.toString(), "--coders", "Ana,Ben");
        assertTrue(table.out().contains("85.0 % [1000]"), table.out());
        assertFalse(table.err().contains("Exception"), table.err());
    }

    @Test
    void unitizingAlphaOnTimeCodingsAsKrippendorff2004() {
        JsonObject time = study(cli("agreement", project.toString(), "--coders", "Ana,Ben", "--method", "alpha-u", "--json"),
                "milliseconds");
        assertEquals(0.7286, figure(row(time, "Waiting", "session.mp4"), "alpha-u").get("value").getAsDouble(), 1e-4);
        assertEquals(1.0, figure(row(time, "Praise", "session.mp4"), "alpha-u").get("value").getAsDouble(), 1e-4);
        assertEquals(300, figure(row(time, "Waiting", null), "alpha-u").get("units").getAsLong());
    }

    /**
     * ATLAS.ti's domain alphas on the recording: each top-level code is a domain. |uα (Krippendorff et al. 2016) of a
     * one-code domain on Krippendorff's (2004) data is 0.51628 (the independent Python implementation of the 2016 paper on
     * the same units; DomainAlphaTest), not the 2004 (c)αU .7286, and 1.000 where both agree. Cuα across the two domains, by hand (A = Ana, B = Ben, in
     * ms): the intersections are W∩W 70 + 5, P∩P 60 + 50, W(A)∩P(B) 15, P(A)∩W(B) 20, so the coincidences, both orders,
     * are o_WW = 150, o_PP = 220, o_WP = o_PW = 35, margins n_W = 185, n_P = 255, n = 440. The units' pairable lengths
     * (Krippendorff 2019, eqs. 36–37): A's W 85 and 5, A's P 80 and 50, B's W 90, 5 and 0, B's P 75 and 50, squares
     * 32400, so Cuα = 1 − (440 − 32400/440)·70 / (2·185·255) = 1 − 161200·70/(440·94350), on the 170 ms both coded
     * ([30,145), [150,200), [220,225)).
     */
    @Test
    void domainAlphasAsAtlasTi() {
        Run run = cli("agreement", project.toString(), "--coders", "Ana,Ben", "--method", "domains", "--json");
        JsonObject time = study(run, "milliseconds");
        assertEquals(0.5162799043062201, figure(row(time, "Waiting", null), "alpha-binary").get("value").getAsDouble(), 1e-12);
        assertEquals(1.0, figure(row(time, "Praise", "session.mp4"), "alpha-binary").get("value").getAsDouble(), 1e-4);
        JsonObject across = figure(row(time, null, null), "Cu-alpha");
        assertEquals(1 - 161200.0 * 70 / (440 * 94350), across.get("value").getAsDouble(), 1e-12);
        assertEquals(170, across.get("units").getAsLong());
        assertEquals("domains", run.json().get("method").getAsString());
        assertEquals("domain", row(time, "Waiting", null).get("level").getAsString(), "a domain's row has its own level");
        assertEquals("domain-source", row(time, "Praise", "session.mp4").get("level").getAsString());
        assertEquals("overall", row(time, null, null).get("level").getAsString());
        Run one = CliTest.ok("agreement", project.toString(), "--coders", "Ana,Ben", "--method", "domains", "--domain", "Praise");
        assertTrue(one.out().contains("alpha-binary") && one.out().contains("Cu-alpha") && !one.out().contains("Waiting"), one.out());
        assertTrue(one.out().lines().anyMatch(l -> l.startsWith("domain ") && l.contains("Praise")), "the part column says domain: " + one.out());
        assertUsage(cli("agreement", project.toString(), "--coders", "Ana,Ben", "--domain", "Praise"), "--domain goes with --method domains");
        CliTest.refused(Cli.FAILED, "no code named \"Nothing\"", "agreement", project.toString(), "--coders", "Ana,Ben", "--method", "domains", "--domain", "Nothing");
    }

    /** {@code --method domains --output F.csv}: the domains' report of the transcripts, as the Agreement Report view exports it. */
    @Test
    void theDomainsReportIsWrittenWithTheJsonsFigures() throws Exception {
        Path csv = folder.resolve("domains.csv");
        Run run = cli("agreement", project.toString(), "--coders", "Ana,Ben", "--method", "domains", "--output", csv.toString(), "--json");
        JsonObject waiting = figure(row(study(run, "characters"), "Waiting", null), "alpha-binary");
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertEquals("level,domain,source,alpha-binary,alpha-binary units,cu-alpha,cu-alpha units,Cu-alpha,Cu-alpha units,unit", lines.get(0));
        String[] row = lines.stream().filter(l -> l.startsWith("domain,Waiting,,")).findFirst().orElseThrow().split(",", -1);
        assertEquals(waiting.get("value").getAsDouble(), Double.parseDouble(row[3]), 0);
        assertEquals(waiting.get("units").getAsLong(), Long.parseLong(row[4]));
        assertEquals("characters", row[9]);
    }

    @Test
    void segmentsAsMaxqdaWithTheOverlapThreshold() {
        // Waiting's two segments overlap by 50 of 200 characters (25 %): at 90 % they disagree, Praise agrees.
        JsonObject text = study(cli("agreement", project.toString(), "--coders", "Ana,Ben", "--method", "segments",
                "--source", "interview", "--json"), "characters");
        JsonObject all = row(text, null, null);
        assertEquals(50.0, figure(all, "percent").get("value").getAsDouble(), 1e-9);
        assertEquals(4, figure(all, "percent").get("units").getAsLong());
        assertEquals(0.0, figure(all, "kappa").get("value").getAsDouble(), 1e-9); // p_c = 1/2 codes
        JsonObject loose = study(cli("agreement", project.toString(), "--coders", "Ana,Ben", "--method", "segments",
                "--overlap", "25", "--code", "Waiting", "--json"), "characters");
        assertEquals(100.0, figure(row(loose, "Waiting", null), "percent").get("value").getAsDouble(), 1e-9);
        JsonArray codes = loose.getAsJsonArray("codes");
        assertEquals(1, codes.size());
    }

    @Test
    void badChoicesSayWhatIsWrong() {
        Run unknown = cli("agreement", project.toString(), "--coders", "Ana,Dee");
        assertEquals(Cli.FAILED, unknown.exitCode());
        assertTrue(unknown.err().contains("no coder named \"Dee\"") && unknown.err().contains("\"Ben\""), unknown.err());
        assertUsage(cli("agreement", project.toString(), "--coders", "Ana"), "--coders takes two or more coders");
        assertUsage(cli("agreement", project.toString(), "--coders", "Ana,Ben", "--method", "words"), "Unknown method 'words'");
        assertUsage(cli("agreement", project.toString(), "--coders", "Ana,Ben", "--method", "segments", "--overlap", "0"),
                "--overlap must be more than 0");
        assertUsage(cli("agreement", project.toString(), "--coders", "Ana,Ben", "--overlap", "80"), "--overlap goes with --method segments");
        assertUsage(cli("agreement", project.toString(), "--coders", "Ana,Ben", "--scale", "VIG"), "--coders A,B goes with <project>: not with --csv, --scale or --metric");
        assertUsage(cli("agreement", project.toString(), "--method", "segments"), "go with --coders A,B");
        Run noCode = cli("agreement", project.toString(), "--coders", "Ana,Ben", "--code", "Nothing");
        assertEquals(Cli.FAILED, noCode.exitCode());
        assertTrue(noCode.err().contains("no code named \"Nothing\""), noCode.err());
        assertFalse(noCode.err().contains("Exception"), noCode.err());
    }

    /** {@code --output F.docx}: the report as the workbench writes it, its per-code table agreeing with {@code --output F.csv}. */
    @Test
    void theReportIsWrittenAsDocxAgreeingWithTheCsv() throws Exception {
        Path csv = folder.resolve("report.csv");
        Path docx = folder.resolve("report.docx");
        Run wrote = CliTest.ok("agreement", project.toString(), "--coders", "Ana,Ben", "--output", csv.toString(), "--json");
        assertEquals(csv.toAbsolutePath().toString(), wrote.json().get("reportFile").getAsString());
        CliTest.ok("agreement", project.toString(), "--coders", "Ana,Ben", "--output", docx.toString());
        List<List<String>> expected = new java.util.ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(csv).subList(1, java.nio.file.Files.readAllLines(csv).size())) {
            String[] f = line.split(",", -1);
            if (f[0].equals("code")) {
                expected.add(List.of(f[1], org.attune.analysis.AgreementExport.shown(f[4].isEmpty() ? null : Double.valueOf(f[4]), false)));
            }
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(docx);
                org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            org.apache.poi.xwpf.usermodel.XWPFTable perCode = doc.getTables().get(1);
            List<List<String>> rows = perCode.getRows().subList(1, perCode.getRows().size()).stream()
                    .map(r -> List.of(r.getCell(0).getText(), r.getCell(3).getText())).toList();
            assertEquals(new java.util.HashSet<>(expected), new java.util.HashSet<>(rows), "code and kappa per code");
            assertEquals(1, doc.getAllPictures().size(), "the chart");
        }
        assertUsage(cli("agreement", project.toString(), "--coders", "Ana,Ben", "--output", folder.resolve("r.txt").toString()),
                "give --format csv, xlsx or docx");
        assertUsage(cli("agreement", project.toString(), "--coders", "Ana,Ben", "--format", "docx"), "--format goes with --output FILE");
    }

    /**
     * {@code --method alpha-u} with three coders, on a project built through the store: Ana and Ben code alike, Cy
     * otherwise. The JSON lists the three coders and each one's codings and units; αU is DKPro's of the same units with
     * the coders as raters 0, 1, 2, and lies between the pairs' (Ana with Ben: 1; Ana with Cy: lower). The pairwise
     * methods refuse three coders.
     */
    @Test
    void unitizingAlphaOfThreeCoders() throws Exception {
        Path three = project("three", (store, coder, text, video, waiting, praise) -> {
            for (String alike : List.of("Ana", "Ben")) {
                store.setCurrentUser(alike);
                coder.code(text, 100, 200, waiting);
                coder.code(text, 500, 600, praise);
            }
            store.setCurrentUser("Cy");
            coder.code(text, 150, 260, waiting);
            coder.code(text, 800, 850, waiting);
            coder.code(text, 480, 560, praise);
        });
        Run run = cli("agreement", three.toString(), "--coders", "Ana,Ben,cy", "--method", "alpha-u", "--json");
        JsonObject text = study(run, "characters");
        assertEquals(List.of("Ana", "Ben", "Cy"), run.json().getAsJsonArray("coders").asList().stream().map(JsonElement::getAsString)
                .toList());
        JsonObject stretches = text.getAsJsonObject("stretches");
        assertEquals(List.of(2L, 2L, 3L), List.of(stretches.get("Ana").getAsLong(), stretches.get("Ben").getAsLong(),
                stretches.get("Cy").getAsLong()));
        assertFalse(text.has("stretchesA"), text.toString());
        JsonObject all = row(text, null, null);
        JsonObject counts = all.getAsJsonObject("counts");
        assertEquals(List.of(2L, 2L, 3L, 1000L), List.of(counts.get("units:Ana").getAsLong(), counts.get("units:Ben").getAsLong(),
                counts.get("units:Cy").getAsLong(), counts.get("length").getAsLong()));
        double alpha = figure(all, "alpha-u").get("value").getAsDouble();

        org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy dkpro =
                new org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy(3, 0, 1000);
        long[][] waitingUnits = { { 100, 100, 0 }, { 100, 100, 1 }, { 150, 110, 2 }, { 800, 50, 2 } }; // offset, length, rater
        long[][] praiseUnits = { { 500, 100, 0 }, { 500, 100, 1 }, { 480, 80, 2 } };
        java.util.Arrays.stream(waitingUnits).forEach(u -> dkpro.addUnit(u[0], u[1], (int) u[2], "Waiting"));
        java.util.Arrays.stream(praiseUnits).forEach(u -> dkpro.addUnit(u[0], u[1], (int) u[2], "Praise"));
        var direct = new org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement(dkpro);
        assertEquals(direct.calculateAgreement(), alpha, 1e-12);
        assertEquals(direct.calculateCategoryAgreement("Waiting"), figure(row(text, "Waiting", "interview"), "alpha-u").get("value")
                .getAsDouble(), 1e-12);

        double anaBen = figure(row(study(cli("agreement", three.toString(), "--coders", "Ana,Ben", "--method", "alpha-u", "--json"),
                "characters"), null, null), "alpha-u").get("value").getAsDouble();
        JsonObject pair = study(cli("agreement", three.toString(), "--coders", "Ana,Cy", "--method", "alpha-u", "--json"), "characters");
        double anaCy = figure(row(pair, null, null), "alpha-u").get("value").getAsDouble();
        assertEquals(1.0, anaBen, 1e-12);
        assertTrue(anaCy < alpha && alpha < anaBen, anaCy + " < " + alpha + " < " + anaBen);
        assertEquals(3, row(pair, null, null).getAsJsonObject("counts").get("unitsB").getAsLong()); // two coders: unitsA, unitsB

        Run table = CliTest.ok("agreement", three.toString(), "--coders", "Ana,Ben,Cy", "--method", "alpha-u");
        assertTrue(table.out().contains("coders Ana, Ben and Cy") && table.out().contains("2 codings by Ana, 2 by Ben, 3 by Cy"),
                table.out());
        // the semantic domains take several coders: |uα of the domains Waiting and Praise as the independent Python
        // implementation of Krippendorff et al. (2016) computes it on the same units (Ana W [100,200) P [500,600), Ben the same,
        // Cy W [150,260) [800,850) P [480,560) of 1000): 0.49703928, 0.76442017, all domains 0.56610593; Cuα 1 (where two
        // coded, they chose the same domain), on the 200 characters at least two of them coded ([100,200) and [500,600))
        Run domains = CliTest.ok("agreement", three.toString(), "--coders", "Ana,Ben,Cy", "--method", "domains", "--json");
        JsonObject byDomain = study(domains, "characters");
        assertEquals(0.4970392817059486, figure(row(byDomain, "Waiting", null), "alpha-binary").get("value").getAsDouble(), 1e-12);
        assertEquals(0.7644201680672269, figure(row(byDomain, "Praise", null), "alpha-binary").get("value").getAsDouble(), 1e-12);
        assertEquals(0.5661059322033899, figure(row(byDomain, null, null), "alpha-binary").get("value").getAsDouble(), 1e-12);
        assertEquals(1.0, figure(row(byDomain, null, null), "Cu-alpha").get("value").getAsDouble(), 1e-12);
        assertEquals(200, figure(row(byDomain, null, null), "Cu-alpha").get("units").getAsLong());
        assertEquals(3L, row(byDomain, null, null).getAsJsonObject("counts").get("units:Cy").getAsLong());
        Path docx = three.resolveSibling("three-domains.docx");
        Run written = CliTest.ok("agreement", three.toString(), "--coders", "Ana,Ben,Cy", "--method", "domains", "--output", docx.toString());
        assertTrue(java.nio.file.Files.size(docx) > 0);
        for (String pairwise : List.of("characters", "segments")) {
            assertUsage(cli("agreement", three.toString(), "--coders", "Ana,Ben,Cy", "--method", pairwise),
                    "--method " + pairwise + " compares exactly two coders");
        }
        assertUsage(cli("agreement", three.toString(), "--coders", "Ana,Ben,Cy"), "for more coders use --method alpha-u or --method domains");
        assertUsage(cli("agreement", three.toString(), "--coders", "Ana,Ben,", "--method", "alpha-u"), "--coders takes two or more");
        CliTest.refused(Cli.FAILED, "names Ana twice", "agreement", three.toString(), "--coders", "Ana,Ben,ana", "--method", "alpha-u");
    }

    private static void assertUsage(Run run, String message) {
        assertEquals(Cli.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(message), run.err());
        assertFalse(run.err().contains("at org."), run.err());
    }
}
