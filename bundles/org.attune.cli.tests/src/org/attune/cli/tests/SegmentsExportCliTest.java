package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.coding.SegmentExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code segments --format docx|xlsx --output F}: a transcript's coded words, a picture's coded region and a
 * recording's coded time range ({@code code --time}), written as a Word table and a sheet that POI reads back: one row a segment (as many
 * as the command counts), the region as its thumbnail (the coded patch's colour), the time range as times, the
 * coding's note as its memo; bad options get one line.
 */
class SegmentsExportCliTest {
    private static final int SAND = 0xd9a441;

    @Test
    void codedWordsARegionAndATimeRangeAreWrittenAsDocxAndXlsx(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        Path in = Files.createDirectories(tmp.resolve("in"));
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int x = 100; x < 200; x++) {
            for (int y = 80; y < 160; y++) {
                image.setRGB(x, y, SAND);
            }
        }
        ImageIO.write(image, "png", in.resolve("tableau.png").toFile());
        Files.writeString(in.resolve("Interview Anna.txt"), "Anna: We play in the sand every Friday.\nGuider: What do you build?\n");
        writeSilence(in.resolve("diary.wav"));
        CliTest.ok("project", "create", project.toString());
        Run imported = cli("import", project.toString(), in.toString());
        assertEquals(Cli.OK, imported.exitCode(), imported.out() + imported.err());
        CliTest.ok("code", project.toString(), "--source", "Interview Anna", "--words", "play in the sand", "--code", "Play",
                "--create", "--note", "every week");
        CliTest.ok("code", project.toString(), "--source", "tableau", "--region", "100,80,100,80", "--code", "Play");
        Run timed = CliTest.ok("code", project.toString(), "--source", "diary", "--time", "1.25-0:00:02.5", "--code", "Play", "--json");
        assertEquals(1250, timed.json().get("startMs").getAsLong(), timed.out());
        assertEquals(2500, timed.json().get("endMs").getAsLong(), timed.out());
        Run again = cli("code", project.toString(), "--source", "diary", "--time", "0:01.250-0:02.500", "--code", "Play");
        assertEquals("diary: time range already coded 0:00:01.250\u20130:00:02.500 with \"Play\"", again.out().strip());
        CliTest.refused(Cli.FAILED, "0:00:02.000\u20130:00:09.000 is not a time range of \"diary\" (0:00:03.000 long)", "code", project.toString(), "--source", "diary", "--time", "2-9", "--code", "Play");
        CliTest.refused(Cli.FAILED, "--time \"soon\" is not START-END", "code", project.toString(), "--source", "diary", "--time", "soon", "--code", "Play");
        CliTest.refused(Cli.FAILED, "\"tableau\" is not a recording", "code", project.toString(), "--source", "tableau", "--time", "1-2", "--code", "Play");
        Run both = cli("code", project.toString(), "--source", "diary", "--time", "1-2", "--region", "1,1,2,2", "--code", "Play");
        assertEquals(Cli.USAGE, both.exitCode(), "a time range and a region exclude each other");

        Run listed = CliTest.ok("segments", project.toString(), "--code", "Play", "--json");
        int count = listed.json().get("count").getAsInt();
        assertEquals(3, count, listed.out());

        Path xlsx = tmp.resolve("out").resolve("segments.xlsx");
        Files.createDirectories(xlsx.getParent());
        Run sheet = CliTest.ok("segments", project.toString(), "--code", "Play", "--format", "xlsx", "--output", xlsx.toString(), "--json");
        assertEquals(xlsx.toString(), sheet.json().get("output").getAsString());
        assertEquals(count, sheet.json().get("count").getAsInt());
        try (InputStream file = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(file)) {
            Sheet segments = book.getSheet("Coded segments");
            DataFormatter text = new DataFormatter();
            List<String> header = new ArrayList<>();
            segments.getRow(0).forEach(c -> header.add(text.formatCellValue(c)));
            assertEquals(SegmentExport.HEADER, header);
            assertTrue(book.getFontAt(segments.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "a bold header");
            assertEquals(1, segments.getPaneInformation().getHorizontalSplitPosition(), "the header frozen");
            assertEquals(count, segments.getLastRowNum(), "a row a segment, as many as the command counts");
            List<String> rows = new ArrayList<>();
            int regionRow = -1;
            for (int r = 1; r <= segments.getLastRowNum(); r++) {
                Row row = segments.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < SegmentExport.HEADER.size(); c++) {
                    cells.add(text.formatCellValue(row.getCell(c)));
                }
                rows.add(String.join("|", cells));
                regionRow = cells.get(1).equals("tableau") ? r : regionRow;
            }
            com.google.gson.JsonObject words = listed.json().getAsJsonArray("segments").asList().stream().map(e -> e.getAsJsonObject())
                    .filter(o -> o.get("source").getAsString().equals("Interview Anna")).findFirst().orElseThrow();
            assertTrue(rows.contains("Play|Interview Anna||" + words.get("speaker").getAsString() + "|" + words.get("coder").getAsString() + "|"
                    + words.get("start").getAsInt() + "\u2013" + words.get("end").getAsInt() + "|play in the sand|every week"), rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("Play|diary|||") && r.contains("|0:00:01.250\u20130:00:02.500|0:00:01.250\u20130:00:02.500|")),
                    rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("Play|tableau|") && r.contains("|100,80 100\u00d780 px||")), rows.toString());
            XSSFDrawing drawing = (XSSFDrawing) segments.getDrawingPatriarch();
            List<XSSFPicture> pictures = drawing.getShapes().stream().filter(XSSFPicture.class::isInstance).map(XSSFPicture.class::cast).toList();
            assertEquals(1, pictures.size(), "one thumbnail, the region's");
            XSSFClientAnchor anchor = pictures.get(0).getClientAnchor();
            assertEquals(regionRow, anchor.getRow1(), "in the region's row");
            assertEquals(SegmentExport.TEXT_COLUMN, anchor.getCol1(), "in its text column");
            assertSand(pictures.get(0).getPictureData().getData());
        }

        Path docx = tmp.resolve("out").resolve("segments.docx");
        Run word = CliTest.ok("segments", project.toString(), "--code", "Play", "--format", "docx", "--output", docx.toString());
        assertTrue(word.out().contains("written to " + docx), word.out());
        try (InputStream file = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(file)) {
            XWPFTable table = doc.getTables().get(0);
            assertEquals(count + 1, table.getNumberOfRows(), "the header and a row a segment");
            assertTrue(table.getRow(0).isRepeatHeader(), "the header repeats on each page");
            assertEquals(SegmentExport.HEADER, table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals(1, doc.getAllPictures().size(), "one thumbnail, the region's");
            XWPFTableRow region = table.getRows().stream().filter(r -> r.getCell(1).getText().equals("tableau")).findFirst().orElseThrow();
            assertEquals(1, region.getCell(SegmentExport.TEXT_COLUMN).getParagraphs().get(0).getRuns().stream()
                    .mapToInt(run -> run.getEmbeddedPictures().size()).sum(), "the thumbnail in the region's text cell");
            assertSand(doc.getAllPictures().get(0).getData());
            assertTrue(table.getRows().stream().anyMatch(r -> r.getCell(6).getText().equals("play in the sand")
                    && r.getCell(7).getText().equals("every week")), "the words and the note");
        }

        CliTest.refused(Cli.USAGE, "--format xlsx needs --output FILE", "segments", project.toString(), "--code", "Play", "--format", "xlsx");
        CliTest.refused(Cli.USAGE, "--format takes docx or xlsx, not csv", "segments", project.toString(), "--code", "Play", "--format", "csv", "--output", tmp.resolve("s.csv").toString());
        Path blocked = Files.writeString(tmp.resolve("a file"), "x");
        Run nowhere = cli("segments", project.toString(), "--code", "Play", "--format", "docx", "--output", blocked.resolve("s.docx").toString());
        assertEquals(Cli.FAILED, nowhere.exitCode());
        assertTrue(nowhere.err().contains("cannot write docx: " + blocked.resolve("s.docx")), nowhere.err());
        assertEquals(1, nowhere.err().strip().lines().count(), "one line: " + nowhere.err());
        assertTrue(!nowhere.err().contains("\tat "), "no stack trace: " + nowhere.err());
    }

    /** The thumbnail is the coded patch of sand. */
    /**
     * A transcript and its recording share a name (an import links them so): {@code code --time} codes the recording and
     * {@code --words} the transcript, whichever of the two the project lists first (here the transcript, imported first).
     */
    @Test
    void aTimeRangeCodesTheRecordingThatSharesItsNameWithItsTranscript(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path transcript = Files.writeString(in.resolve("visit.txt"), "Anna: We play in the sand every Friday.\n");
        Path recording = writeSilence(in.resolve("visit.wav"));
        CliTest.ok("project", "create", project.toString());
        CliTest.ok("import", project.toString(), transcript.toString());
        CliTest.ok("import", project.toString(), recording.toString());
        Run timed = CliTest.ok("code", project.toString(), "--source", "visit", "--time", "1-2", "--code", "Play", "--create", "--json");
        assertEquals(1000, timed.json().get("startMs").getAsLong(), timed.out());
        assertEquals(2000, timed.json().get("endMs").getAsLong(), timed.out());
        Run words = CliTest.ok("code", project.toString(), "--source", "visit", "--words", "in the sand", "--code", "Play", "--json");
        assertEquals("in the sand", words.json().getAsJsonArray("codings").get(0).getAsJsonObject().get("text").getAsString(),
                words.out());
    }

    /** Writes three seconds of silence as a WAV file (8 kHz, 16 bit, mono): a recording to code. */
    private static Path writeSilence(Path file) throws Exception {
        byte[] silence = new byte[8000 * 2 * 3];
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(silence), new AudioFormat(8000, 16, 1, true, false),
                silence.length / 2)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    private static void assertSand(byte[] png) throws Exception {
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(SegmentExport.THUMBNAIL_EDGE, Math.max(thumb.getWidth(), thumb.getHeight()));
        assertEquals(SAND, thumb.getRGB(thumb.getWidth() / 2, thumb.getHeight() / 2) & 0xffffff);
    }
}
