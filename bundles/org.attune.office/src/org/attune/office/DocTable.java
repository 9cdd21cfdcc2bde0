package org.attune.office;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * How every table Attune writes into a Word document looks, in one place (the DOCX counterpart of
 * {@link SheetLayout}): a bold, grey-shaded header row that repeats at the top of every page and is never split,
 * the table across the page's width, the first column's labels bold, and line breaks in a cell kept as breaks.
 * Numbers are written right-aligned.
 */
public final class DocTable {
    /** The header row's shading (light grey, as the sheets' header fill). */
    public static final String HEADER_FILL = "D9D9D9";

    private DocTable() {
    }

    /** A new document in landscape A4 with 2 cm margins (a matrix is wider than it is long), titled {@code title}. */
    public static XWPFDocument landscape(String title) {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16_838)); // A4, in twentieths of a point
        size.setH(BigInteger.valueOf(11_906));
        CTPageMar margins = section.addNewPgMar();
        BigInteger twoCm = BigInteger.valueOf(1_134);
        margins.setTop(twoCm);
        margins.setBottom(twoCm);
        margins.setLeft(twoCm);
        margins.setRight(twoCm);
        title(doc, title, 16);
        return doc;
    }

    /** Adds the document's title: a paragraph in Word's Title style, bold, {@code points} high. The one look of a title. */
    public static void title(XWPFDocument doc, String text, int points) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Title");
        XWPFRun run = title.createRun();
        run.setText(text);
        run.setBold(true);
        run.setFontSize(points);
    }

    /**
     * Adds a table: {@code header} as its repeating header row, then {@code rows}; a value that is a number is
     * right-aligned, null is an empty cell, anything else its text (with its line breaks).
     */
    public static XWPFTable table(XWPFDocument doc, List<String> header, List<? extends List<?>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        XWPFTableRow top = table.getRow(0);
        top.setRepeatHeader(true);
        top.setCantSplitRow(true);
        for (int c = 0; c < header.size(); c++) {
            XWPFTableCell cell = top.getCell(c);
            cell.setColor(HEADER_FILL);
            write(cell, header.get(c), true, false);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<?> values = rows.get(r);
            XWPFTableRow row = table.getRow(r + 1);
            for (int c = 0; c < header.size() && c < values.size(); c++) {
                Object value = values.get(c);
                write(row.getCell(c), value == null ? "" : text(value), c == 0, value instanceof Number);
            }
        }
        return table;
    }

    private static void write(XWPFTableCell cell, String text, boolean bold, boolean number) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        if (number) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }
}
