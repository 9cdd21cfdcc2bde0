package org.attune.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.attune.testsupport.Documents;
import org.attune.testsupport.Recordings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tika embedded in org.attune.lib.tika finds its parsers inside Equinox and extracts real documents. */
class TikaInOsgiTest {
    private static TikaConfig config;

    @BeforeAll
    static void loadConfigWithTheEmbeddingBundlesLoader() throws Exception {
        config = new TikaConfig(TikaConfig.class.getClassLoader());
    }

    @Test
    void parsersForEveryImportFormatAreDiscovered() {
        Set<MediaType> supported = new AutoDetectParser(config).getSupportedTypes(new ParseContext());
        for (String type : new String[] {"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/msword", "application/pdf", "application/vnd.oasis.opendocument.text", "application/rtf",
                "text/html", "text/plain", "audio/mpeg", "audio/vnd.wave", "video/mp4", "video/quicktime", "image/jpeg",
                "image/png"}) {
            assertTrue(supported.contains(MediaType.parse(type)), "no parser for " + type);
        }
    }

    @Test
    void extractsDocxWrittenWithPoi() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText("Interviewer: How did the shared review go?");
            docx.createParagraph().createRun().setText("Guider: The parent saw herself attuned to her child.");
            docx.write(bytes);
        }
        Parsed parsed = parse(bytes.toByteArray());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", parsed.type());
        assertTrue(parsed.text().contains("Guider: The parent saw herself attuned to her child."), parsed.text());
    }

    @Test
    void extractsPdfWrittenWithPdfBox() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Documents.pdf(bytes, "Carer: the video helped me notice my son.");
        Parsed parsed = parse(bytes.toByteArray());
        assertEquals("application/pdf", parsed.type());
        assertTrue(parsed.text().contains("Carer: the video helped me notice my son."), parsed.text());
    }

    @Test
    void extractsOdtRtfAndHtml() throws Exception {
        Parsed odt = parse(minimalOdt("Manager: we trained six guiders."));
        assertEquals("application/vnd.oasis.opendocument.text", odt.type());
        assertTrue(odt.text().contains("Manager: we trained six guiders."), odt.text());

        Parsed rtf = parse("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\pard Child: I liked the {\\b film} of us.\\par}".getBytes(StandardCharsets.US_ASCII));
        assertEquals("application/rtf", rtf.type());
        assertTrue(rtf.text().contains("Child: I liked the film of us."), rtf.text());

        Parsed html = parse("<html><body><p>Guider: <b>attunement</b> principles</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("text/html", html.type());
        assertTrue(html.text().contains("Guider: attunement principles"), html.text());
    }

    @Test
    void readsAudioMetadataOfAWaveFile() throws Exception {
        Parsed wav = parse(Recordings.silentWave(16_000, 8_000));
        assertEquals("audio/vnd.wave", wav.type());
        assertEquals("16000.0", wav.metadata().get("samplerate"));
        assertEquals("1", wav.metadata().get("channels"));
    }

    record Parsed(String type, String text, Metadata metadata) {
    }

    private static Parsed parse(byte[] bytes) throws Exception {
        AutoDetectParser parser = new AutoDetectParser(config);
        Metadata metadata = new Metadata();
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            parser.parse(in, handler, metadata, new ParseContext());
        }
        String type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE)).getBaseType().toString();
        return new Parsed(type, handler.toString().replaceAll("\\s+", " ").strip(), metadata);
    }

    /** The smallest ODF text document Tika recognises. */
    private static byte[] minimalOdt(String paragraph) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Documents.odf(bytes, "application/vnd.oasis.opendocument.text", "<office:text><text:p>" + paragraph + "</text:p></office:text>");
        return bytes.toByteArray();
    }

}
