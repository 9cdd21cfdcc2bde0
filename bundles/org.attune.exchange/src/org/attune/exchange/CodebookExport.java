package org.attune.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.attune.coding.CodeCounts;
import org.attune.core.Counted;
import org.attune.exchange.internal.QdeWriter;
import org.attune.exchange.internal.SecureXml;
import org.attune.model.AnalyticLevel;
import org.attune.office.DocTable;
import org.attune.office.SheetLayout;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.PendingFile;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The codebook as a REFI-QDA codebook (.qdc) or as a document for people: DOCX, HTML, Markdown, CSV or XLSX with
 * each code's place in the hierarchy, analytic level, definition, inclusion and exclusion criteria, example quotes
 * taken from its codings, and how many codings and sources it has: with its sub-codes', each once, as the
 * Codebook view counts ({@link CodeCounts#withSubCodes}).
 */
public final class CodebookExport {
    public enum Format {
        QDC, DOCX, HTML, MD, CSV, XLSX;

        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /** One code as a document shows it; its codings and sources are counted with its sub-codes'. */
    public record Entry(Code code, String path, int depth, String level, int codings, int sources, List<String> examples) {
        /** "3 codings in 2 sources", saying when sub-codes' codings are in the count. */
        public String counts() {
            return Counted.of(codings, "coding") + " in " + Counted.of(sources, "source")
                    + (code.getChildren().isEmpty() ? "" : ", sub-codes included");
        }
    }

    private static final int MAX_QUOTE = 400;

    private CodebookExport() {
    }

    public static void write(ProjectStore store, Path target, Format format, int examples, IProgressMonitor monitor) throws ExchangeException {
        write(store, target, format, examples, c -> true, monitor);
    }

    /** As {@link #write(ProjectStore, Path, Format, int, IProgressMonitor)}, counting and quoting only the codings {@code shown} lets through. */
    public static void write(ProjectStore store, Path target, Format format, int examples, java.util.function.Predicate<Coding> shown,
            IProgressMonitor monitor) throws ExchangeException {
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting the codebook", 2);
        if (format == Format.QDC && store.project().getCodes().isEmpty()) {
            // REFI-QDA's Codebook.xsd requires at least one Code: an empty .qdc would be a file no tool accepts
            throw new ExchangeException(target, "was not written: the project has no codes, and a REFI-QDA codebook must hold at least one");
        }
        try (PendingFile pending = store.writingExport(target)) {
            Files.createDirectories(pending.target().getParent());
            Path partial = pending.partial();
            if (format == Format.QDC) {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    SecureXml.write(QdeWriter.codebook(store.project(), ProjectExport.origin()), out);
                }
            } else {
                List<Entry> entries = entries(store, examples, shown, progress.split(1));
                switch (format) {
                    case DOCX -> docx(store.project(), entries, partial);
                    case HTML -> Files.writeString(partial, html(store.project(), entries));
                    case MD -> Files.writeString(partial, markdown(store.project(), entries));
                    case CSV -> csv(entries, partial);
                    case XLSX -> xlsx(entries, partial);
                    default -> throw new IllegalStateException();
                }
            }
            pending.finish();
        } catch (IOException e) {
            throw new ExchangeException(target, "cannot be written (" + e.getMessage() + ")", e);
        }
        progress.done();
    }

    /** The codes in hierarchy order with counts and up to {@code examples} quotes each (the first codings by position). */
    public static List<Entry> entries(ProjectStore store, int examples, IProgressMonitor monitor) {
        return entries(store, examples, c -> true, monitor);
    }

    /** As {@link #entries(ProjectStore, int, IProgressMonitor)}, of the codings {@code shown} lets through. */
    public static List<Entry> entries(ProjectStore store, int examples, java.util.function.Predicate<Coding> shown, IProgressMonitor monitor) {
        Project project = store.project();
        SubMonitor progress = SubMonitor.convert(monitor, project.getSources().size());
        Map<Code, List<String>> quotes = new HashMap<>();
        for (Source source : project.getSources()) {
            ProjectExport.checkCancelled(progress);
            store.load(source);
            String text = null;
            List<Coding> ordered = new ArrayList<>(source.getCodings().stream().filter(shown).toList());
            ordered.sort(java.util.Comparator.comparingInt(c -> c.getSelection() instanceof TextSelection t ? t.getStart() : 0));
            for (Coding coding : ordered) {
                Code code = coding.getCode();
                if (code == null) {
                    continue;
                }
                List<String> list = quotes.computeIfAbsent(code, k -> new ArrayList<>());
                if (list.size() < examples && source instanceof TextSource t && coding.getSelection() instanceof TextSelection s) {
                    if (text == null) {
                        text = store.text(t);
                    }
                    list.add(quote(text, s) + " (" + source.getName() + ")");
                }
            }
            progress.worked(1);
        }
        CodeCounts counts = CodeCounts.of(store, shown);
        List<Entry> entries = new ArrayList<>();
        for (Code code : project.getCodes()) {
            add(entries, code, "", 0, counts, quotes);
        }
        return entries;
    }

    private static void add(List<Entry> entries, Code code, String parent, int depth, CodeCounts counts,
            Map<Code, List<String>> quotes) {
        String path = parent.isEmpty() ? code.getName() : parent + " > " + code.getName();
        CodeCounts.Count count = counts.withSubCodes(code);
        entries.add(new Entry(code, path, depth, level(code.getLevel()), count.codings(), count.sources(),
                quotes.getOrDefault(code, List.of())));
        for (Code child : code.getChildren()) {
            add(entries, child, path, depth + 1, counts, quotes);
        }
    }

    private static String level(AnalyticLevel level) {
        return level == null || level == AnalyticLevel.UNSPECIFIED ? "" : level.getLiteral().replace('_', ' ');
    }

    private static String quote(String text, TextSelection s) {
        if (text == null) {
            return "";
        }
        int cps = text.codePointCount(0, text.length());
        int start = text.offsetByCodePoints(0, Math.max(0, Math.min(s.getStart(), cps)));
        int end = text.offsetByCodePoints(0, Math.max(0, Math.min(s.getEnd(), cps)));
        String q = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return "“" + (q.length() > MAX_QUOTE ? q.substring(0, MAX_QUOTE) + "…" : q) + "”";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Map<String, String> fields(Entry e) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Level", e.level());
        f.put("Definition", nz(e.code().getDefinition()));
        f.put("Inclusion criteria", nz(e.code().getInclusionCriteria()));
        f.put("Exclusion criteria", nz(e.code().getExclusionCriteria()));
        f.put("Example", nz(e.code().getExample()));
        return f;
    }

    private static final String[] COLUMNS = {"Code", "Path", "Depth", "Level", "Definition", "Inclusion criteria", "Exclusion criteria",
            "Example", "Codings (with sub-codes)", "Sources (with sub-codes)", "Example quotes", "Colour", "Id"};

    private static List<Object> row(Entry e) {
        return List.of(e.code().getName(), e.path(), e.depth(), e.level(), nz(e.code().getDefinition()), nz(e.code().getInclusionCriteria()),
                nz(e.code().getExclusionCriteria()), nz(e.code().getExample()), e.codings(), e.sources(), String.join("\n", e.examples()),
                nz(e.code().getColour()), e.code().getId());
    }

    private static void csv(List<Entry> entries, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            for (Entry e : entries) {
                csv.printRecord(row(e));
            }
        }
    }

    /**
     * The CSV's columns without the last, the code's internal id: nothing reads it back (the .qdc is the
     * round-trip format, and the CSV keeps the id for scripts), so a sheet for people does not show it.
     */
    private static void xlsx(List<Entry> entries, Path file) throws IOException {
        int columns = COLUMNS.length - 1;
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("Codebook");
            SheetLayout.header(sheet, List.of(COLUMNS).subList(0, columns));
            SheetLayout.rows(sheet, entries.stream().map(e -> row(e).subList(0, columns)).toList());
            SheetLayout.finish(sheet, 1, entries.size());
            book.write(out);
        }
    }

    private static void docx(Project project, List<Entry> entries, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            DocTable.title(doc, "Codebook: " + nz(project.getName()), 18);
            for (Entry e : entries) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setIndentationLeft(e.depth() * 360);
                XWPFRun h = heading.createRun();
                h.setBold(true);
                h.setFontSize(Math.max(11, 15 - 2 * e.depth()));
                h.setText(e.code().getName());
                XWPFRun counts = heading.createRun();
                counts.setText("  (" + e.counts() + ")");
                for (Map.Entry<String, String> f : fields(e).entrySet()) {
                    if (!f.getValue().isEmpty()) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setIndentationLeft(e.depth() * 360 + 240);
                        XWPFRun label = p.createRun();
                        label.setBold(true);
                        label.setText(f.getKey() + ": ");
                        p.createRun().setText(f.getValue());
                    }
                }
                for (String q : e.examples()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationLeft(e.depth() * 360 + 480);
                    XWPFRun r = p.createRun();
                    r.setItalic(true);
                    r.setText(q);
                }
            }
            doc.write(out);
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String html(Project project, List<Entry> entries) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Codebook: ")
                .append(esc(nz(project.getName()))).append("</title></head>\n<body>\n<h1>Codebook: ").append(esc(nz(project.getName()))).append("</h1>\n");
        for (Entry e : entries) {
            int level = Math.min(6, e.depth() + 2);
            h.append("<section style=\"margin-left:").append(e.depth() * 2).append("em\">\n<h").append(level).append('>')
                    .append(esc(e.code().getName())).append("</h").append(level).append(">\n<p>")
                    .append(e.counts()).append("</p>\n<dl>\n");
            fields(e).forEach((k, v) -> {
                if (!v.isEmpty()) {
                    h.append("<dt>").append(k).append("</dt><dd>").append(esc(v).replace("\n", "<br>")).append("</dd>\n");
                }
            });
            h.append("</dl>\n");
            if (!e.examples().isEmpty()) {
                h.append("<ul>\n");
                e.examples().forEach(q -> h.append("<li><blockquote>").append(esc(q)).append("</blockquote></li>\n"));
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    static String markdown(Project project, List<Entry> entries) {
        StringBuilder m = new StringBuilder("# Codebook: ").append(nz(project.getName())).append("\n\n");
        for (Entry e : entries) {
            m.append("#".repeat(Math.min(6, e.depth() + 2))).append(' ').append(e.code().getName()).append("\n\n");
            m.append(e.counts()).append("\n\n");
            fields(e).forEach((k, v) -> {
                if (!v.isEmpty()) {
                    m.append("- **").append(k).append(":** ").append(v.replace("\n", "\n  ")).append('\n');
                }
            });
            for (String q : e.examples()) {
                m.append("\n> ").append(q.replace("\n", "\n> ")).append('\n');
            }
            m.append('\n');
        }
        return m.toString();
    }
}
