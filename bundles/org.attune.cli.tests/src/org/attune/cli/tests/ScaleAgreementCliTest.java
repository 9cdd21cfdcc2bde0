package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.attune.cli.Cli;
import org.attune.model.AttuneFactory;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.User;
import org.attune.model.VideoSource;
import org.attune.ratings.Mark;
import org.attune.ratings.RatingService;
import org.attune.ratings.ScaleTemplates;
import org.attune.ratings.Scales;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code agreement <project> --scale NAME}: two raters scored 4.1 and 4.2 of the VIG scale on two recordings
 * (R1: NM 4, 3 / ST 4, 2; R2: NM 5, 1 / ST 5, 1); the other 50 sub-items are unscored, hence missing.
 */
class ScaleAgreementCliTest {
    private static final String VIG = "VIG Practice Skills Rating Scale";

    private static void example(Path folder, boolean stSubmits) throws Exception {
        try (ProjectStore store = ProjectStore.create(folder, "VIG", OpenOptions.of("test").withBackups(false))) {
            RatingScale scale = ScaleTemplates.add(store, ScaleTemplates.Template.VIG);
            RatingService ratings = new RatingService(store);
            User nm = ratings.user("NM");
            User st = ratings.user("ST");
            int[][][] values = {{{4, 3}, {4, 2}}, {{5, 1}, {5, 1}}};
            for (int r = 0; r < 2; r++) {
                VideoSource video = AttuneFactory.eINSTANCE.createVideoSource();
                video.setName("R" + (r + 1) + ".mp4");
                store.apply("add video", () -> store.project().getSources().add(video));
                User[] raters = {nm, st};
                for (int k = 0; k < 2; k++) {
                    RatingSheet sheet = ratings.start(video, scale, raters[k], ratings.practitioner("P1"), "VIG shared review");
                    ratings.score(sheet, Scales.subItem(scale, "4", "1"), Mark.value(values[r][k][0]), null, null, raters[k]);
                    ratings.score(sheet, Scales.subItem(scale, "4", "2"), Mark.value(values[r][k][1]), null, null, raters[k]);
                    if (k == 0 || stSubmits) {
                        ratings.submit(sheet, raters[k], true);
                    }
                }
            }
        }
    }

    private static JsonObject part(JsonObject result, String level, String key) {
        for (var p : result.getAsJsonArray("parts")) {
            JsonObject part = p.getAsJsonObject();
            if (part.get("level").getAsString().equals(level) && (key == null || part.get("key").getAsString().equals(key)
                    || part.get("label").getAsString().equals(key))) {
                return part;
            }
        }
        throw new AssertionError("no " + level + " " + key + " in " + result);
    }

    private static JsonObject coefficient(JsonObject part, String id) {
        JsonArray all = part.getAsJsonArray("coefficients");
        for (var c : all) {
            if (c.getAsJsonObject().get("id").getAsString().equals(id)) {
                return c.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + id + " in " + part);
    }

    @Test
    void breakdownPerItemSubItemAndRecordingAsJsonAndText(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("study");
        example(p, true);
        CliTest.Run run = CliTest.ok("agreement", p.toString(), "--scale", VIG, "--as", "Lead", "--json");
        JsonObject result = run.json();
        assertEquals(2, result.get("recordings").getAsInt());
        assertEquals(0, result.get("withheldSheets").getAsInt());
        JsonObject overall = part(result, "overall", null);
        assertEquals(104, overall.get("units").getAsInt(), "52 sub-items on 2 recordings");
        JsonObject percent = coefficient(overall, "percent");
        assertEquals(0.75, percent.get("value").getAsDouble(), 1e-9);
        assertEquals(4, percent.get("unitsUsed").getAsInt(), "only the scored units pair");
        assertEquals(18, overall.getAsJsonArray("coefficients").size(), "--json has every coefficient");
        assertEquals(0.75, coefficient(part(result, "item", "4"), "percent").get("value").getAsDouble(), 1e-9);
        JsonObject sub41 = coefficient(part(result, "sub-item", "4.1"), "percent");
        assertEquals(1.0, sub41.get("value").getAsDouble(), 1e-9);
        assertEquals(2, sub41.get("unitsUsed").getAsInt(), "per sub-item the units are the recordings");
        JsonObject item5 = coefficient(part(result, "item", "5"), "percent");
        assertTrue(!item5.has("value") && item5.get("notDefined").getAsString().contains("two raters"), "nothing scored on item 5: " + item5);
        JsonObject r1 = coefficient(part(result, "recording", "R1.mp4"), "percent");
        assertEquals(0.5, r1.get("value").getAsDouble(), 1e-9);
        assertEquals(2, r1.get("unitsUsed").getAsInt());

        CliTest.Run text = CliTest.ok("agreement", p.toString(), "--scale", VIG, "--as", "Lead", "--metric", "percent");
        assertTrue(text.out().lines().anyMatch(l -> l.matches("overall\\s+all sub-items of all recordings\\s+104 0\\.750 \\[4\\]\\s*")),
                text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.matches("recording\\s+R1\\.mp4\\s+52 0\\.500 \\[2\\]\\s*")), text.out());

        CliTest.Run boot = CliTest.ok("agreement", p.toString(), "--scale", VIG, "--as", "Lead", "--bootstrap", "200", "--seed", "2",
                "--json");
        JsonObject alpha = coefficient(part(boot.json(), "overall", null), "alpha-interval");
        assertTrue(alpha.get("ciLow").getAsDouble() <= alpha.get("value").getAsDouble()
                && alpha.get("value").getAsDouble() <= alpha.get("ciHigh").getAsDouble(), alpha.toString());
        assertTrue(!coefficient(part(run.json(), "overall", null), "alpha-interval").has("ciLow"), "no interval unless asked for");
        CliTest.Run bootText = CliTest.cli("agreement", p.toString(), "--scale", VIG, "--as", "Lead", "--bootstrap", "200");
        assertTrue(bootText.out().contains("Krippendorff's alpha, interval overall: ") && bootText.out().contains("Krippendorff's bootstrap (KALPHA, 200 samples"),
                bootText.out());
        JsonObject kalpha = alpha.getAsJsonObject("kalpha");
        assertTrue(kalpha.get("ciLow").getAsDouble() <= kalpha.get("ciHigh").getAsDouble(), kalpha.toString());
        assertEquals(6, kalpha.getAsJsonArray("q").size(), kalpha.toString());
    }

    @Test
    void blindRuleAndErrors(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("study");
        example(p, false);
        CliTest.Run blind = CliTest.ok("agreement", p.toString(), "--scale", VIG, "--as", "Lead", "--json");
        assertEquals(2, blind.json().get("withheldSheets").getAsInt(), "NM's sheets stay hidden until ST submits");
        assertEquals(0, part(blind.json(), "overall", null).get("units").getAsInt());

        CliTest.refused(Cli.USAGE, "--scale", "agreement", p.toString());
        CliTest.Run both = CliTest.cli("agreement", p.toString(), "--scale", VIG, "--csv", "x.csv");
        assertEquals(Cli.USAGE, both.exitCode());
        CliTest.refused(Cli.FAILED, "no rating scale \"Nope\"", "agreement", p.toString(), "--scale", "Nope");
    }
}
