package org.attune.importer.survey;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.attune.core.CountedInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the cells of an OpenDocument spreadsheet (.ods) from its content.xml with the JDK's StAX parser (no DTDs,
 * no external entities): typed cells as the workbook reader gives them (numbers plain, dates as yyyy-MM-dd, other
 * cells their text). Repeated rows and columns are expanded only when they hold something, so the million empty
 * rows LibreOffice writes after the data cost nothing; content.xml larger than {@link #MAX_CONTENT} is refused.
 */
final class OdsReader {
    static final long MAX_CONTENT = 256L * 1024 * 1024;
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final int MAX_COLUMNS = 16_384;

    /** The rows of one sheet: each non-empty row's cells and its number as the spreadsheet shows it. */
    record Table(String name, List<List<String>> rows, List<Integer> rowNumbers) {
    }

    private OdsReader() {
    }

    /** The names of the sheets, in order. */
    static List<String> sheetNames(Path file) throws SheetProblem {
        List<String> names = new ArrayList<>();
        parse(file, reader -> {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && isTable(reader, "table")) {
                    names.add(name(reader));
                    skip(reader);
                }
            }
            return null;
        });
        return names;
    }

    /** The sheet named {@code sheetName} (ignoring case), or the first for null; a missing sheet is a problem naming the others. */
    static Table read(Path file, String sheetName) throws SheetProblem {
        List<String> names = new ArrayList<>();
        Table table = parse(file, reader -> {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && isTable(reader, "table")) {
                    String name = name(reader);
                    names.add(name);
                    if (sheetName == null || sheetName.strip().equalsIgnoreCase(name)) {
                        return rows(reader, name);
                    }
                    skip(reader);
                }
            }
            return null;
        });
        if (table == null) {
            String file1 = file.getFileName().toString();
            throw new SheetProblem(names.isEmpty() ? file1 + ": it holds no sheet"
                    : file1 + ": there is no sheet \"" + sheetName + "\" (it has " + String.join(", ", names) + ")");
        }
        return table;
    }

    private interface Work<T> {
        T run(XMLStreamReader reader) throws XMLStreamException;
    }

    private static <T> T parse(Path file, Work<T> work) throws SheetProblem {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new SheetProblem(name + ": it is not an OpenDocument spreadsheet (it has no content.xml)");
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            try (InputStream in = new Limited(zip.getInputStream(content), MAX_CONTENT)) {
                XMLStreamReader reader = factory.createXMLStreamReader(in);
                try {
                    return work.run(reader);
                } finally {
                    reader.close();
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new SheetProblem(name + ": it is not a readable spreadsheet (not an OpenDocument file: " + e.getMessage() + ")", e);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            Throwable cause = e.getCause() instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith("content.xml") ? io : e;
            throw new SheetProblem(name + ": it is not a readable spreadsheet (" + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage().strip()) + ")", e);
        }
    }

    private static boolean isTable(XMLStreamReader reader, String local) {
        return TABLE.equals(reader.getNamespaceURI()) && local.equals(reader.getLocalName());
    }

    private static String name(XMLStreamReader reader) {
        String name = reader.getAttributeValue(TABLE, "name");
        return name == null ? "" : name;
    }

    /** Skips the rest of the element the reader is at the start of. */
    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static int repeat(XMLStreamReader reader, String attribute) {
        String value = reader.getAttributeValue(TABLE, attribute);
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The rows of the table the reader is at the start of (nested tables and annotations are not cells' values). */
    private static Table rows(XMLStreamReader reader, String name) throws XMLStreamException {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int rowNumber = 0;
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (isTable(reader, "table-row")) {
                    int times = repeat(reader, "number-rows-repeated");
                    List<String> cells = row(reader);
                    if (cells.stream().anyMatch(c -> !c.isBlank())) {
                        for (int i = 0; i < times && rows.size() < 1_048_576; i++) {
                            rows.add(cells);
                            numbers.add(rowNumber + i + 1);
                        }
                    }
                    rowNumber += times;
                } else if (isTable(reader, "table") || (OFFICE.equals(reader.getNamespaceURI()) && reader.getLocalName().equals("annotation"))) {
                    skip(reader);
                } else {
                    depth++;
                }
            }
        }
        return new Table(name, rows, numbers);
    }

    /** The cells of the row the reader is at the start of, up to its last non-empty one. */
    private static List<String> row(XMLStreamReader reader) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int column = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return cells; // the row's end (its cells are read whole below)
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (isTable(reader, "table-cell") || isTable(reader, "covered-table-cell")) {
                int times = repeat(reader, "number-columns-repeated");
                String value = cell(reader);
                if (!value.isEmpty()) {
                    for (int i = 0; i < times && column + i < MAX_COLUMNS; i++) {
                        while (cells.size() < column + i) {
                            cells.add("");
                        }
                        cells.add(value);
                    }
                }
                column += times;
            } else {
                skip(reader);
            }
        }
        return cells;
    }

    /** The value of the cell the reader is at the start of, as text; the reader ends at the cell's end. */
    private static String cell(XMLStreamReader reader) throws XMLStreamException {
        String type = reader.getAttributeValue(OFFICE, "value-type");
        String typed = null;
        if ("float".equals(type) || "percentage".equals(type) || "currency".equals(type)) {
            typed = number(reader.getAttributeValue(OFFICE, "value"));
        } else if ("date".equals(type)) {
            String date = reader.getAttributeValue(OFFICE, "date-value");
            typed = date == null ? null : CellValues.dateTime(date);
        }
        StringBuilder text = new StringBuilder();
        int paragraphs = 0;
        int depth = 1;
        boolean inParagraph = false;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String ns = reader.getNamespaceURI();
                String local = reader.getLocalName();
                if (OFFICE.equals(ns) && local.equals("annotation") || TABLE.equals(ns) && local.equals("table")) {
                    skip(reader);
                    continue;
                }
                depth++;
                if (TEXT.equals(ns) && (local.equals("p") || local.equals("h")) && depth == 2) {
                    if (paragraphs++ > 0) {
                        text.append('\n');
                    }
                    inParagraph = true;
                } else if (TEXT.equals(ns) && local.equals("s")) {
                    String c = reader.getAttributeValue(TEXT, "c");
                    int spaces = 1;
                    try {
                        spaces = c == null ? 1 : Math.min(1000, Math.max(1, Integer.parseInt(c.strip())));
                    } catch (NumberFormatException e) {
                        // one space
                    }
                    text.append(" ".repeat(spaces));
                } else if (TEXT.equals(ns) && local.equals("tab")) {
                    text.append('\t');
                } else if (TEXT.equals(ns) && local.equals("line-break")) {
                    text.append('\n');
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 1) {
                    inParagraph = false;
                }
            } else if (inParagraph && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(reader.getText());
            }
        }
        return typed != null ? typed : text.toString();
    }

    private static String number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Fails the read once more than {@code limit} bytes came out (a zip bomb, or a sheet far beyond a questionnaire). */
    private static final class Limited extends CountedInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        protected void counted(int bytes) throws IOException {
            if ((read += bytes) > limit) {
                throw new IOException("content.xml is larger than " + limit / (1024 * 1024) + " MB");
            }
        }
    }
}
