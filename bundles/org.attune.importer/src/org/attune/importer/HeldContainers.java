package org.attune.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.microsoft.ooxml.OPCPackageWrapper;

/**
 * A Tika stream over bytes held in memory that Tika never spools to a temporary file: Tika's OLE2 detector and its
 * OOXML parser copy a stream that has no file to {@code java.io.tmpdir} (plaintext on disk, which an encrypted project
 * must never leave), unless the stream already holds the opened container; so an OLE2 file (doc, xls, msg) gets its
 * POI file system and a zip its OPC package, both read from memory. PDF, RTF, HTML and text parse from the stream.
 * Should a parser still want a file, its temporary file goes to a folder that does not exist: the parse fails with a
 * reason rather than leave plaintext on disk.
 */
final class HeldContainers {
    private HeldContainers() {
    }

    static TikaInputStream open(byte[] content) throws IOException {
        TemporaryResources nowhere = new TemporaryResources();
        nowhere.setTemporaryFileDirectory(Path.of(System.getProperty("java.io.tmpdir"), "attune-no-plaintext-" + UUID.randomUUID()));
        TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(content), nowhere, new Metadata());
        FileMagic magic = FileMagic.valueOf(content);
        try {
            if (magic == FileMagic.OLE2) {
                in.setOpenContainer(new POIFSFileSystem(new ByteArrayInputStream(content)));
            } else if (magic == FileMagic.OOXML) {
                in.setOpenContainer(new OPCPackageWrapper(OPCPackage.open(new ByteArrayInputStream(content))));
            }
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // not a readable container after all (an odt is a zip without OPC parts): Tika reads it as it is
        }
        return in;
    }
}
