package org.attune.importer.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.odf.OpenDocumentContentParser;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * An OpenDocument package (odt, ods, odp) held in memory only, read without a file: Tika's package parser opens it with
 * {@code java.util.zip.ZipFile}, which only reads files, so it would spool the bytes to a temporary file (plaintext on
 * disk, which an encrypted project never leaves). Here the package is read as a zip stream and its {@code content.xml}
 * and {@code styles.xml} handed to Tika's content parser, the one the package parser uses for them too.
 */
final class HeldOpenDocument extends AbstractParser {
    private static final long serialVersionUID = 1L;
    private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";

    /** Whether {@code mediaType} is an OpenDocument package this reads. */
    static boolean handles(String mediaType) {
        return mediaType != null && mediaType.startsWith(OPEN_DOCUMENT);
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of();
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        boolean content = false;
        try (ZipInputStream zip = new ZipInputStream(CloseShieldInputStream.wrap(stream))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                String name = entry.getName();
                if (name.endsWith("content.xml") || name.endsWith("styles.xml")) { // as the package parser: the text, headers and footers
                    new OpenDocumentContentParser().parse(CloseShieldInputStream.wrap(zip), new EmbeddedContentHandler(xhtml), metadata, context);
                    content |= name.endsWith("content.xml");
                }
            }
        }
        if (!content) {
            throw new TikaException("it has no content.xml");
        }
        xhtml.endDocument();
    }
}
