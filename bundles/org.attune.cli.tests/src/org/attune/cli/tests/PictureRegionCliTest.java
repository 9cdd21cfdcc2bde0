package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.model.ImageSource;
import org.attune.model.RegionSelection;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code code --region} on an imported picture, the region coding counted by segments, codes list, matrix and frequency. */
class PictureRegionCliTest {
    @Test
    void aRegionCodedFromTheCliIsCountedInSegmentsCodesAndTheMatrix(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0x3366cc);
        Path png = tmp.resolve("tableau.png");
        ImageIO.write(image, "png", png.toFile());
        CliTest.ok("project", "create", project.toString());
        Run imported = CliTest.ok("import", project.toString(), png.toString());

        Run coded = CliTest.ok("code", project.toString(), "--source", "tableau", "--region", "10, 20,100,80", "--code", "Safe place",
                "--create", "--note", "the house", "--json");
        assertTrue(coded.json().get("newCode").getAsBoolean(), coded.out());
        assertEquals(100, coded.json().getAsJsonObject("region").get("width").getAsInt(), coded.out());
        Run again = cli("code", project.toString(), "--source", "tableau", "--region", "10,20,100,80", "--code", "Safe place");
        assertEquals("tableau: region already coded 10,20 100×80 px with \"Safe place\"", again.out().strip());

        CliTest.refused(Cli.FAILED, "is not a region of \"tableau\" (320×240 pixels)", "code", project.toString(), "--source", "tableau", "--region", "300,0,21,10", "--code", "Fence",
                "--create");
        assertFails(cli("code", project.toString(), "--source", "tableau", "--region", "10,20,wide", "--code", "Safe place"),
                "--region \"10,20,wide\" is not X,Y,W,H");
        assertFails(cli("code", project.toString(), "--source", "tableau", "--words", "house", "--code", "Safe place"),
                "\"tableau\" has no text to code");
        Run nowhere = cli("code", project.toString(), "--source", "tableau", "--code", "Safe place");
        assertEquals(Cli.USAGE, nowhere.exitCode(), nowhere.err());
        assertTrue(nowhere.err().contains("say what to code"), nowhere.err());
        assertEquals(Cli.USAGE, cli("code", project.toString(), "--source", "tableau", "--region", "1,1,2,2", "--start", "0",
                "--end", "1", "--code", "Safe place").exitCode(), "a region and a stretch exclude each other");

        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("cli test").withBackups(false))) {
            ImageSource picture = (ImageSource) store.project().getSources().get(0);
            store.load(picture);
            assertEquals(1, picture.getCodings().size(), "the refused regions wrote nothing");
            RegionSelection region = (RegionSelection) picture.getCodings().get(0).getSelection();
            assertEquals(List.of(10, 20, 100, 80), List.of(region.getX(), region.getY(), region.getWidth(), region.getHeight()));
            assertEquals("the house", picture.getCodings().get(0).getNote());
            assertEquals(1, store.project().getCodes().size(), "--create made no code for the refused region");
        }

        Run segments = cli("segments", project.toString(), "--code", "Safe place", "--json");
        assertEquals(1, segments.json().get("count").getAsInt(), segments.out());
        JsonObject segment = segments.json().getAsJsonArray("segments").get(0).getAsJsonObject();
        assertEquals("tableau", segment.get("source").getAsString());
        assertEquals("region 10,20 100×80 px", segment.get("text").getAsString());
        Run listed = cli("segments", project.toString(), "--code", "Safe place");
        assertTrue(listed.out().startsWith("tableau  Safe place"), "a region has no character positions (it read 'tableau -1--1'): " + listed.out());

        Run codes = cli("codes", "list", project.toString(), "--counts", "--json");
        JsonObject safe = codes.json().getAsJsonArray("codes").get(0).getAsJsonObject();
        assertEquals(1, safe.get("codings").getAsInt(), codes.out());
        assertEquals(1, safe.get("sources").getAsInt(), codes.out());

        Run matrix = CliTest.ok("matrix", project.toString(), "--columns", "sources", "--json");
        JsonObject m = matrix.json().getAsJsonObject("matrix");
        JsonArray columns = m.getAsJsonArray("columns");
        assertEquals("tableau", columns.get(0).getAsJsonObject().get("label").getAsString(), matrix.out());
        assertEquals(1L, m.getAsJsonArray("values").get(0).getAsJsonArray().get(0).getAsLong(), "the region's cell: " + matrix.out());
        Run frequency = CliTest.ok("frequency", project.toString(), "--json");
        JsonObject f = frequency.json().getAsJsonObject("matrix");
        assertEquals("tableau", f.getAsJsonArray("columns").get(0).getAsJsonObject().get("label").getAsString(), frequency.out());
        assertEquals(1L, f.getAsJsonArray("values").get(0).getAsJsonArray().get(0).getAsLong(), "frequency: " + frequency.out());

        CliTest.ok("code", project.toString(), "--source", "tableau", "--region", "200,100,50,50", "--code",
                "Safe place");
        assertFails(cli("uncode", project.toString(), "--source", "tableau", "--code", "Safe place", "--region", "0,0,10,20"),
                "\"tableau\" has no coding with \"Safe place\" overlapping 0,0 10×20 px");
        Run uncoded = CliTest.ok("uncode", project.toString(), "--source", "tableau", "--code", "Safe place", "--region", "100,90,101,5",
                "--json");
        assertEquals(1, uncoded.json().getAsJsonArray("removed").size(), "only the first rectangle reaches row 90: " + uncoded.out());
        assertEquals(10, uncoded.json().getAsJsonArray("removed").get(0).getAsJsonObject().get("x").getAsInt(), uncoded.out());
        Run rest = cli("uncode", project.toString(), "--source", "tableau", "--code", "Safe place");
        assertEquals("uncoded region 200,100 50×50 px" + System.lineSeparator() + "tableau: 1 coding with \"Safe place\" removed",
                rest.out().strip());
        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("cli test").withBackups(false))) {
            ImageSource picture = (ImageSource) store.project().getSources().get(0);
            store.load(picture);
            assertEquals(0, picture.getCodings().size(), "both rectangles were uncoded");
        }
    }

    private static void assertFails(Run run, String part) {
        assertEquals(Cli.FAILED, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(part), "expected \"" + part + "\" in: " + run.err());
    }
}
