package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * {@code memos add --about-region}, {@code links add|list|remove} and {@code segments --thumbnails} on a picture and a
 * transcript, and a REFI-QDA round trip that keeps the region, its memo and the link.
 */
class PictureLinksCliTest {
    @Test
    void aRegionGetsAMemoAThumbnailAndThePictureALinkThatSurviveRefiQda(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.YELLOW);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.GREEN);
        g.fillRect(200, 100, 80, 80);
        g.dispose();
        Path png = tmp.resolve("tableau.png");
        ImageIO.write(image, "png", png.toFile());
        Path story = Files.writeString(tmp.resolve("Tableau story.txt"), "Child: This is the tree where the family lives.\n");
        CliTest.ok("project", "create", project.toString());
        Run imported = CliTest.ok("import", project.toString(), png.toString(), story.toString());
        Run coded = CliTest.ok("code", project.toString(), "--source", "tableau", "--region", "200,100,80,80", "--code", "Tree", "--create");

        Run memo = CliTest.ok("memos", "add", project.toString(), "--title", "The tree", "--text", "Where the family lives.",
                "--about-region", "tableau", "--region", "210,110,5,5", "--json");
        assertEquals("coding", memo.json().get("kind").getAsString());
        assertEquals("Tree on tableau (region 200,100 80×80 px)", memo.json().getAsJsonArray("about").get(0).getAsString(),
                "a point inside the one coded region names it");
        CliTest.refused(Cli.FAILED, "\"tableau\" has no coded region at 0,0 10×10 px; its regions are 200,100,80,80", "memos", "add", project.toString(), "--title", "Sky", "--text", "-", "--about-region", "tableau",
                "--region", "0,0,10,10");
        assertEquals(Cli.USAGE, cli("memos", "add", project.toString(), "--title", "T", "--text", "-", "--region", "1,1,2,2").exitCode(),
                "--region without --about-region");

        Run linked = CliTest.ok("links", "add", project.toString(), "--from", "tableau", "--to", "Tableau story", "--name", "describes", "--json");
        assertEquals("image", linked.json().get("originKind").getAsString());
        assertEquals("Tableau story", linked.json().get("target").getAsString());
        assertTrue(cli("links", "add", project.toString(), "--from", "Tableau story", "--to", "tableau", "--name", "describes").out()
                .startsWith("Already linked:"), "the same link the other way round is not doubled");
        CliTest.refused(Cli.FAILED, "'tableau' cannot be linked to itself", "links", "add", project.toString(), "--from", "tableau", "--to", "tableau");
        Run listed = cli("links", "list", project.toString(), "--source", "Tableau story", "--json");
        assertEquals(1, listed.json().get("count").getAsInt(), listed.out());
        assertEquals("tableau", listed.json().getAsJsonArray("linkedSources").get(0).getAsString());

        Path thumbs = tmp.resolve("thumbs");
        Run segments = CliTest.ok("segments", project.toString(), "--code", "Tree", "--thumbnails", thumbs.toString(), "--json");
        JsonObject segment = segments.json().getAsJsonArray("segments").get(0).getAsJsonObject();
        BufferedImage thumb = ImageIO.read(Path.of(segment.get("thumbnail").getAsString()).toFile());
        assertEquals(80, thumb.getWidth(), "a small region is not enlarged");
        assertEquals(Color.GREEN.getRGB() & 0xffffff, thumb.getRGB(40, 40) & 0xffffff, "the thumbnail is the region's crop");

        Path qdpx = tmp.resolve("study.qdpx");
        Run exported = CliTest.ok("export", "project", project.toString(), qdpx.toString());
        Path copy = tmp.resolve("copy");
        CliTest.ok("project", "create", copy.toString());
        Run back = CliTest.ok("import-qdpx", copy.toString(), qdpx.toString());
        Run memos = cli("memos", "list", copy.toString(), "--json");
        JsonObject kept = memos.json().getAsJsonArray("memos").asList().stream().map(e -> e.getAsJsonObject())
                .filter(m -> m.get("title").getAsString().equals("The tree")).findFirst().orElseThrow(() -> new AssertionError(memos.out()));
        assertEquals("Tree on tableau (region 200,100 80×80 px)", kept.getAsJsonArray("about").get(0).getAsString());
        Run links = cli("links", "list", copy.toString(), "--json");
        assertEquals(1, links.json().get("count").getAsInt(), links.out());
        JsonObject link = links.json().getAsJsonArray("links").get(0).getAsJsonObject();
        assertEquals("describes", link.get("name").getAsString());
        assertEquals(java.util.Set.of("tableau", "Tableau story"), java.util.Set.of(link.get("origin").getAsString(), link.get("target").getAsString()));
        Run region = cli("segments", copy.toString(), "--code", "Tree", "--json");
        assertEquals("region 200,100 80×80 px", region.json().getAsJsonArray("segments").get(0).getAsJsonObject().get("text").getAsString());

        Run removed = cli("links", "remove", project.toString(), "--from", "Tableau story", "--to", "tableau", "--json");
        assertEquals(1, removed.json().get("removed").getAsInt(), removed.out());
        assertEquals(0, cli("links", "list", project.toString(), "--json").json().get("count").getAsInt());
        CliTest.refused(Cli.FAILED, "are not linked", "links", "remove", project.toString(), "--from", "Tableau story", "--to", "tableau");
    }

    @Test
    void aDamagedPictureIsSaidPlainlyWhenItsThumbnailIsAsked(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        Path png = tmp.resolve("sand.png");
        ImageIO.write(image, "png", png.toFile());
        CliTest.ok("project", "create", project.toString());
        CliTest.ok("import", project.toString(), png.toString());
        CliTest.ok("code", project.toString(), "--source", "sand", "--region", "0,0,50,50", "--code", "Sea", "--create");
        try (var files = Files.walk(project)) {
            Path stored = files.filter(f -> f.getFileName().toString().endsWith(".png")).findFirst().orElseThrow();
            Files.writeString(stored, "no longer a picture");
        }
        Run segments = cli("segments", project.toString(), "--code", "Sea", "--thumbnails", tmp.resolve("t").toString());
        assertEquals(Cli.FAILED, segments.exitCode());
        assertTrue(segments.err().contains(".png: not a picture Attune can read"), segments.err());
        assertTrue(!segments.err().contains("\tat "), "no stack trace: " + segments.err());

        Path torn = Files.writeString(tmp.resolve("torn.png"), "this was never a picture");
        Run imported = cli("import", project.toString(), torn.toString());
        String said = imported.out() + imported.err();
        assertTrue(said.contains("torn.png"), "the damaged picture is named: " + said);
        assertTrue(!said.contains("\tat ") && !said.contains("Exception"), "no stack trace: " + said);
    }
}
