package org.attune.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.attune.exchange.ExchangeException;
import org.attune.importer.text.DocumentReader;
import org.attune.importer.text.TextNormalizer;

/**
 * The files of an archive's sources folder, which tools name {@code sources/} (the standard, NVivo for Mac,
 * QualCoder) or {@code Sources/} (NVivo for Windows): an entry is found whatever the case of its path.
 */
public final class ArchiveSources implements QdeReader.Files {
    private static final int MAX_RICH_TEXT_CHARACTERS = 100_000_000;

    private final SafeZip zip;
    private final Map<String, String> byLowerCase = new HashMap<>();
    private DocumentReader documents;

    /** @param zip the archive, or null for a bare .qde (which has no files) */
    public ArchiveSources(SafeZip zip) {
        this.zip = zip;
        if (zip != null) {
            zip.names().forEach(n -> byLowerCase.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
        }
    }

    /** The archive's entry for a file of the sources folder, or null. */
    public String entry(String name) {
        if (zip == null) {
            return null;
        }
        String standard = org.attune.exchange.ProjectExport.SOURCES + name;
        return zip.has(standard) ? standard : byLowerCase.get(standard.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean has(String name) {
        return entry(name) != null;
    }

    @Override
    public String text(String name) throws IOException {
        byte[] bytes = bytes(name);
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("it is not UTF-8 text");
        }
    }

    @Override
    public String richText(String name) throws IOException {
        byte[] bytes = bytes(name);
        if (bytes == null) {
            return null;
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return TextNormalizer.normalize(documents().read(in, Path.of(name), null).text());
        } catch (DocumentReader.UnreadableException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private DocumentReader documents() throws IOException {
        if (documents == null) {
            try {
                documents = new DocumentReader(new TikaConfig(TikaConfig.class.getClassLoader()), MAX_RICH_TEXT_CHARACTERS);
            } catch (TikaException e) {
                throw new IOException("the document reader cannot start (" + e.getMessage() + ")", e);
            }
        }
        return documents;
    }

    private byte[] bytes(String name) throws IOException {
        String entry = entry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.openWhole(entry)) { // held whole: limited to what fits in memory
            return in.readAllBytes();
        } catch (SafeZip.LimitExceeded e) {
            throw new UncheckedIOException(e); // a bomb or an entry too large to hold stops the whole import
        } catch (ExchangeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
