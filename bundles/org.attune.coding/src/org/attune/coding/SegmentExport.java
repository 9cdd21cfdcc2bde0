package org.attune.coding;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.attune.model.Coding;
import org.attune.model.ImageSource;
import org.attune.model.Memo;
import org.attune.model.RegionSelection;
import org.attune.model.TimeSelection;
import org.attune.office.DocTable;
import org.attune.office.SheetLayout;
import org.attune.store.FileReplace;
import org.attune.store.ProjectStore;

/**
 * Writes coded segments ({@link CodedSegments}) as a Word table (DOCX) or a sheet (XLSX), one row a segment: code,
 * source, case, speaker, coder, position, the text, memo. A picture's coded region is its thumbnail, embedded (made
 * by {@link RegionCrops}), a recording's coded time range its times; the memo is the coding's note and the memos about
 * it. Styled as every export ({@link SheetLayout}, {@link DocTable}); a file is written whole beside its target and
 * moved over it, so a failed export never leaves half a file. The command line's {@code segments --format} and the
 * Coded Segments view's Export write the same.
 */
public final class SegmentExport {
    /** The formats written. */
    public static final List<String> FORMATS = List.of("docx", "xlsx");
    /** The columns, in this order. */
    public static final List<String> HEADER = List.of("Code", "Source", "Case", "Speaker", "Coder", "Position", "Text", "Memo");
    /** The column holding the text or the region's thumbnail. */
    public static final int TEXT_COLUMN = 6;
    /** The edge of the square an embedded thumbnail fits in, in pixels. */
    public static final int THUMBNAIL_EDGE = 96;

    /**
     * One segment as written; {@code picture} and {@code region} (x, y, width, height) are set for a picture's coded
     * region, whose thumbnail stands in for the text, read through the project's {@code originals}.
     */
    public record Line(String code, String source, String caseName, String speaker, String coder, String position, String text,
            String memo, Path picture, int[] region, org.attune.store.Originals originals) {
        List<Object> cells() {
            return java.util.Arrays.asList(code, source, caseName, speaker, coder, position, picture == null ? text : "", memo);
        }
    }

    private SegmentExport() {
    }

    /** The segments as lines to write; reads the model (on the thread that may). */
    public static List<Line> lines(ProjectStore store, List<CodedSegments.Segment> segments) {
        Memos memos = new Memos(store);
        List<Line> lines = new ArrayList<>();
        for (CodedSegments.Segment s : segments) {
            Coding coding = s.coding();
            List<String> notes = new ArrayList<>();
            if (coding.getNote() != null && !coding.getNote().isBlank()) {
                notes.add(coding.getNote().strip());
            }
            for (Memo memo : memos.about(coding)) {
                String title = memo.getTitle() == null || memo.getTitle().isBlank() ? "" : memo.getTitle().strip() + ": ";
                notes.add(title + (memo.getText() == null ? "" : memo.getText().strip()));
            }
            Path picture = null;
            int[] region = null;
            String text = s.text();
            if (s.source() instanceof ImageSource image && coding.getSelection() instanceof RegionSelection r) {
                picture = RegionCrops.file(store, image);
                region = new int[] {r.getX(), r.getY(), r.getWidth(), r.getHeight()};
            } else if (coding.getSelection() instanceof TimeSelection t) {
                text = clock(t.getStartMs()) + "\u2013" + clock(t.getEndMs());
            }
            lines.add(new Line(coding.getCode().path(), s.source().getName(), s.caseOf() == null ? null : s.caseOf().getName(),
                    s.speaker(), s.coder(), position(s), text, String.join("\n\n", notes), picture, region,
                    store.originals()));
        }
        return lines;
    }

    /** Where a segment is: its characters (code points), a picture's region in pixels, a recording's times. */
    public static String position(CodedSegments.Segment s) {
        if (s.coding().getSelection() instanceof RegionSelection r) {
            return r.getX() + "," + r.getY() + " " + r.getWidth() + "\u00d7" + r.getHeight() + " px";
        }
        if (s.coding().getSelection() instanceof TimeSelection t) {
            return clock(t.getStartMs()) + "\u2013" + clock(t.getEndMs());
        }
        return s.start() < 0 ? "" : s.start() + "\u2013" + s.end();
    }

    /** A time as h:mm:ss.mmm. */
    public static String clock(long ms) {
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /** Writes {@code lines} as {@code format} ({@code docx} or {@code xlsx}) to {@code file}; off the model's thread. */
    public static void write(String format, String title, List<Line> lines, Path file) throws IOException {
        switch (format) {
            case "docx" -> writeDocx(title, lines, file);
            case "xlsx" -> writeXlsx(lines, file);
            default -> throw new IllegalArgumentException("no segment export as " + format + "; it writes " + String.join(" or ", FORMATS));
        }
    }

    /** A Word table (landscape), its header repeated on each page; a region's thumbnail in its text cell. */
    public static void writeDocx(String title, List<Line> lines, Path file) throws IOException {
        try (XWPFDocument doc = DocTable.landscape(title)) {
            XWPFTable table = DocTable.table(doc, HEADER, lines.stream().map(Line::cells).toList());
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.picture() == null) {
                    continue;
                }
                XWPFTableCell cell = table.getRow(i + 1).getCell(TEXT_COLUMN);
                try {
                    byte[] png = thumbnail(line);
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                    cell.getParagraphs().get(0).createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                            "region " + (i + 1) + ".png", Units.pixelToEMU(image.getWidth()), Units.pixelToEMU(image.getHeight()));
                } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    cell.getParagraphs().get(0).createRun().setText(noThumbnail(e));
                }
            }
            save(doc, file);
        }
    }

    /** Sheet "Coded segments": a row a segment, a region's thumbnail placed over its text cell, the row as high as it. */
    public static void writeXlsx(List<Line> lines, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Coded segments");
            SheetLayout.header(sheet, HEADER);
            List<List<Object>> rows = new ArrayList<>();
            for (Line line : lines) {
                List<Object> cells = new ArrayList<>(line.cells());
                cells.set(TEXT_COLUMN, cells.get(TEXT_COLUMN) == null ? null : SheetLayout.fit((String) cells.get(TEXT_COLUMN), "the full text is in the DOCX export"));
                rows.add(cells);
            }
            SheetLayout.rows(sheet, rows);
            SheetLayout.finish(sheet, 1, lines.size());
            Drawing<?> drawing = null;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.picture() == null) {
                    continue;
                }
                Row row = sheet.getRow(i + 1);
                try {
                    byte[] png = thumbnail(line);
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                    drawing = drawing == null ? sheet.createDrawingPatriarch() : drawing;
                    ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
                    anchor.setCol1(TEXT_COLUMN);
                    anchor.setRow1(i + 1);
                    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
                    row.setHeightInPoints(Math.max(row.getHeightInPoints(), image.getHeight() * 0.75f + 4));
                    drawing.createPicture(anchor, book.addPicture(png, Workbook.PICTURE_TYPE_PNG)).resize();
                } catch (IOException e) {
                    row.createCell(TEXT_COLUMN).setCellValue(noThumbnail(e));
                }
            }
            save(book, file);
        }
    }

    private static byte[] thumbnail(Line line) throws IOException {
        int[] r = line.region();
        return RegionCrops.png(line.originals(), line.picture(), r[0], r[1], r[2], r[3], THUMBNAIL_EDGE);
    }

    private static String noThumbnail(Exception e) {
        return "(no thumbnail: " + e.getMessage() + ")";
    }

    private static void save(POIXMLDocument document, Path file) throws IOException {
        FileReplace.write(file, partial -> {
            try (OutputStream out = Files.newOutputStream(partial)) {
                document.write(out);
            }
        });
    }
}
