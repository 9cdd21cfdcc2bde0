package org.attune.importer.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Extracts the text of a document with Tika (docx, doc, pdf, odt, rtf, html, md, txt...): one line per
 * paragraph, and the names a document sets in bold at the start of a paragraph (speaker labels in many
 * transcripts).
 */
public final class DocumentReader {
    /**
     * What a document holds: its text (not yet normalised), detected type, bold paragraph leads, and the text of its
     * headings (a docx's paragraphs in heading styles, HTML's h1 to h6).
     */
    public record Document(String text, String mediaType, Set<String> boldLeads, Metadata metadata, Set<String> headings) {
    }

    /** Reading failed for a reason a researcher can act on. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "br", "pre", "blockquote", "dt", "dd", "table");

    /**
     * docx through Tika's streaming (SAX) extractor rather than POI's XWPF object model: the same text, bold runs
     * and tables without building the document's XMLBeans tree, and about twice as fast (docs/performance.md).
     * Deleted and moved-from revisions stay out, as XWPF leaves them out.
     */
    private static final OfficeParserConfig OFFICE = officeParserConfig();

    private final TikaConfig config;
    private final int maxCharacters;
    private static final HeldOpenDocument HELD_OPEN_DOCUMENT = new HeldOpenDocument();
    /** Parsers are thread-safe and costly to build: one that detects, one per known type. */
    private final AutoDetectParser detecting;
    private final java.util.Map<String, AutoDetectParser> byType = new java.util.concurrent.ConcurrentHashMap<>();

    public DocumentReader(TikaConfig config, int maxCharacters) {
        this.config = config;
        this.maxCharacters = maxCharacters;
        this.detecting = new AutoDetectParser(config);
    }

    /** How Attune has Tika read Office files (a new copy: Tika's config is mutable); the import benchmark uses it too. */
    public static OfficeParserConfig officeParserConfig() {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        return office;
    }

    /**
     * Reads a document; with {@code knownType} (detected already, which reads the file too) Tika does not
     * detect it again.
     */
    public Document read(Path file, String knownType) throws UnreadableException, IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return read(in, file, knownType);
        }
    }

    /**
     * Reads a document from a stream the caller opened on {@code file} and closes; detecting its type on the same
     * stream first lets Tika hand the container it opened (a docx's zip) on to the parser instead of opening it again.
     */
    public Document read(TikaInputStream in, Path file, String knownType) throws UnreadableException, IOException {
        return read(in, file, knownType, false);
    }

    /**
     * {@link #read(TikaInputStream, Path, String)}, where {@code held} says the stream's bytes are held in memory only and
     * must not reach the disk: an OpenDocument package is then read from its zip stream ({@link HeldOpenDocument}).
     */
    public Document read(TikaInputStream in, Path file, String knownType, boolean held) throws UnreadableException, IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        Collector collector = new Collector(maxCharacters);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, OFFICE);
        org.apache.tika.parser.Parser parser = detecting;
        if (knownType != null) {
            context.set(org.apache.tika.parser.Parser.class, detecting); // embedded files: detect each
            parser = held && HeldOpenDocument.handles(knownType) ? HELD_OPEN_DOCUMENT
                    : byType.computeIfAbsent(knownType, t -> new KnownTypeParser(config, MediaType.parse(t)));
        }
        try {
            parser.parse(in, collector, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException("it is password-protected; remove the password and import it again", e);
        } catch (SAXException e) {
            if (isLimitReached(e)) {
                throw new UnreadableException(tooMuchText(), e);
            }
            throw new UnreadableException("its content is malformed (" + e.getMessage() + ")", e);
        } catch (TikaException e) {
            // a parser may wrap the collector's refusal (e.g. a zip bomb of a docx): say which limit it met
            throw new UnreadableException(isLimitReached(e) ? tooMuchText() : explain(e), e);
        }
        return new Document(collector.text.toString(), metadata.get(Metadata.CONTENT_TYPE), collector.boldLeads, metadata, collector.headings);
    }

    private String tooMuchText() {
        return String.format(java.util.Locale.ROOT, "it holds more than %,d characters of text, the most Attune takes for one source;"
                + " it was not imported (split it into parts)", maxCharacters);
    }

    private static boolean isLimitReached(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitReached || t instanceof SAXException sax && WriteLimitReachedException.isWriteLimitReached(sax)) {
                return true;
            }
        }
        return false;
    }

    private static String explain(TikaException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.toLowerCase().contains("zip bomb")) {
                return "it looks like a zip bomb (it expands to far more than its size); it was not read";
            }
            if (t instanceof EncryptedDocumentException || message.toLowerCase().contains("password")) {
                return "it is password-protected; remove the password and import it again";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        // the library's own words; its class name ("NotOfficeXmlFileException") tells a researcher nothing
        String why = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName() : root.getMessage();
        return "it is damaged or not what its type says (" + why + ")";
    }

    /**
     * Tika's parser for a type detected already: it looks the parser for that type up once. Tika's own looks it up for
     * every file by building its map of every type to its parser anew, which was the top frame of reading a docx.
     * Everything else (the zip-bomb guard, embedded files, the metadata) is {@link AutoDetectParser}'s.
     */
    private static final class KnownTypeParser extends AutoDetectParser {
        private static final long serialVersionUID = 1L;
        private transient volatile org.apache.tika.parser.Parser resolved;

        KnownTypeParser(TikaConfig config, MediaType type) {
            super(config);
            setDetector((stream, metadata) -> type);
        }

        /** The metadata's type is always the known one (the detector says so, and Attune sets no override). */
        @Override
        protected org.apache.tika.parser.Parser getParser(Metadata metadata, ParseContext context) {
            org.apache.tika.parser.Parser parser = resolved;
            if (parser == null) {
                parser = super.getParser(metadata, context);
                resolved = parser;
            }
            return parser;
        }
    }

    private static final class LimitReached extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /** Builds paragraph text from Tika's XHTML events and notes bold text opening a paragraph. */
    private static final class Collector extends DefaultHandler {
        final StringBuilder text = new StringBuilder();
        final Set<String> boldLeads = new LinkedHashSet<>();
        final Set<String> headings = new LinkedHashSet<>();
        private final int limit;
        /** The text of the heading being read, or null. */
        private StringBuilder heading;
        private int skipping;
        private int paragraphStart;
        private int boldDepth;
        private StringBuilder lead;
        private boolean leadOpen = true;

        Collector(int limit) {
            this.limit = limit;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName.isEmpty() ? qName : localName;
            if (name.equals("head") || name.equals("script") || name.equals("style")) {
                skipping++;
            } else if ((name.equals("b") || name.equals("strong")) && leadOpen) {
                boldDepth++;
                if (lead == null) {
                    lead = new StringBuilder();
                }
            } else if (BLOCKS.contains(name)) {
                breakLine();
                if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                    heading = new StringBuilder();
                }
            } else if ((name.equals("td") || name.equals("th")) && text.length() > paragraphStart) {
                text.append('\t'); // cells of a row share its line; a cell holding paragraphs starts a line of its own
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName.isEmpty() ? qName : localName;
            if (name.equals("head") || name.equals("script") || name.equals("style")) {
                skipping--;
            } else if ((name.equals("b") || name.equals("strong")) && boldDepth > 0) {
                boldDepth--;
                if (boldDepth == 0) {
                    leadOpen = false;
                    String candidate = lead.toString().strip();
                    if (!candidate.isEmpty() && candidate.length() <= 40 && Character.isUpperCase(candidate.codePointAt(0))) {
                        boldLeads.add(candidate);
                    }
                }
            } else if (BLOCKS.contains(name)) {
                if (heading != null && name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                    String done = heading.toString().strip();
                    if (!done.isEmpty() && done.length() <= 200) {
                        headings.add(done);
                    }
                    heading = null;
                }
                breakLine();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (skipping > 0) {
                return;
            }
            if (text.length() + length > limit) {
                throw new LimitReached();
            }
            text.append(ch, start, length);
            if (heading != null) {
                heading.append(ch, start, length);
            }
            if (boldDepth > 0 && lead != null) {
                lead.append(ch, start, length);
            } else if (leadOpen && !blank(ch, start, length)) {
                // plain text came first: no bold lead in this paragraph. Only this chunk needs looking at: while the
                // lead is open, what the paragraph held before was blank (else it would be closed), and looking at the
                // whole paragraph again for every chunk took minutes for a text that starts with a long run of spaces
                leadOpen = false;
            }
        }

        private static boolean blank(char[] ch, int start, int length) {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    return false;
                }
            }
            return true;
        }

        /** Tika marks the line breaks it puts after blocks as ignorable; block ends already break lines. */
        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            // deliberately nothing
        }

        private void breakLine() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            paragraphStart = text.length();
            leadOpen = true;
            lead = null;
            boldDepth = 0;
        }
    }
}
