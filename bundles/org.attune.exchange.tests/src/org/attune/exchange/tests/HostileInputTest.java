package org.attune.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.attune.exchange.ExchangeException;
import org.attune.exchange.QdaImport;
import org.attune.exchange.ZipLimits;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted archives and XML: refused with a message naming the file and the problem, the project untouched. */
class HostileInputTest {
    static final String MINIMAL = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="p">
              <CodeBook><Codes><Code guid="11111111-2222-3333-4444-555555555555" name="c" isCodable="true"/></Codes></CodeBook>
            </Project>
            """;

    static void rezip(Path from, Path to, Predicate<String> keep) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                if (keep.test(e.getName())) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    try (InputStream s = in.getInputStream(e)) {
                        s.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static ExchangeException refused(Path tmp, Path file, ZipLimits limits) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p" + System.nanoTime()), "p", OpenOptions.of("test").withBackups(false))) {
            int users = store.project().getUsers().size();
            ExchangeException e = assertThrows(ExchangeException.class, () -> new QdaImport(store, limits).importFile(file, null));
            assertTrue(e.getMessage().startsWith(file.toString()), "the message names the file: " + e.getMessage());
            assertTrue(store.project().getCodes().isEmpty() && store.project().getSources().isEmpty()
                    && store.project().getUsers().size() == users, "nothing was imported");
            try (Stream<Path> files = Files.exists(store.folder().resolve("sources")) ? Files.list(store.folder().resolve("sources")) : Stream.empty()) {
                assertEquals(0, files.count(), "no file was left in the project");
            }
            return e;
        }
    }

    @Test
    void externalEntityIsRefused(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "child's name");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        ExchangeException qde = refused(tmp, Files.writeString(tmp.resolve("xxe.qde"), xxe), ZipLimits.DEFAULT);
        assertTrue(qde.getMessage().contains("DOCTYPE"), qde.getMessage());
        ExchangeException inZip = refused(tmp, zip(tmp.resolve("xxe.qdpx"), Map.of("project.qde", utf8(xxe))), ZipLimits.DEFAULT);
        assertFalse(inZip.getMessage().contains("child's name"));
    }

    @Test
    void entityExpansionBombIsRefused(@TempDir Path tmp) throws Exception {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&b;\"/>";
        refused(tmp, Files.writeString(tmp.resolve("lol.qde"), bomb), ZipLimits.DEFAULT);
    }

    @Test
    void zipSlipIsRefused(@TempDir Path tmp) throws Exception {
        for (String evil : new String[] {"../../evil.txt", "/etc/evil", "sources/../../evil", "C:/evil.txt", "sources\\..\\evil"}) {
            Path file = zip(tmp.resolve("slip.qdpx"), Map.of("project.qde", utf8(MINIMAL), evil, utf8("x")));
            ExchangeException e = refused(tmp, file, ZipLimits.DEFAULT);
            assertTrue(e.getMessage().contains("zip-slip"), e.getMessage());
            assertFalse(Files.exists(tmp.resolve("evil.txt")) || Files.exists(tmp.getParent().resolve("evil.txt")));
        }
    }

    @Test
    void zipBombsAreRefused(@TempDir Path tmp) throws Exception {
        // 20 MB of zeros compress about 1000:1
        byte[] zeros = new byte[20 << 20];
        Path ratio = zip(tmp.resolve("ratio.qdpx"), Map.of("project.qde", utf8(MINIMAL), "sources/a.txt", zeros));
        Files.writeString(tmp.resolve("x"), "");
        String minimalWithText = MINIMAL.replace("</Project>", "<Sources><TextSource guid=\"11111111-2222-3333-4444-555555555556\" name=\"t\" plainTextPath=\"internal://a.txt\"/></Sources></Project>");
        ratio = zip(tmp.resolve("ratio.qdpx"), Map.of("project.qde", utf8(minimalWithText), "sources/a.txt", zeros));
        assertTrue(refused(tmp, ratio, ZipLimits.DEFAULT).getMessage().contains("zip bomb"));
        Path many = tmp.resolve("many.qdpx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(many))) {
            out.putNextEntry(new ZipEntry("project.qde"));
            out.write(utf8(MINIMAL));
            for (int i = 0; i < 50; i++) {
                out.putNextEntry(new ZipEntry("sources/" + i + ".txt"));
            }
        }
        assertTrue(refused(tmp, many, new ZipLimits(20, 1 << 20, 1 << 22, 100)).getMessage().contains("more than 20 entries"));
        Path big = zip(tmp.resolve("big.qdpx"), Map.of("project.qde", utf8(minimalWithText), "sources/a.txt", new byte[3 << 20]));
        assertTrue(refused(tmp, big, new ZipLimits(100, 1 << 20, 1 << 30, 10_000)).getMessage().contains("unpacks to more than"));
        assertTrue(refused(tmp, big, new ZipLimits(100, 1 << 30, 2 << 20, 10_000)).getMessage().contains("the archive unpacks to more than"));
    }

    /**
     * A source's text is held in memory whole: an entry larger than that limit is refused by its size, named with the
     * limit, even when it passes the zip bomb ratio (here about 3:1) and the per-entry limit.
     */
    @Test
    void aTextEntryTooLargeToHoldIsRefusedByBytes(@TempDir Path tmp) throws Exception {
        String withText = MINIMAL.replace("</Project>", "<Sources><TextSource guid=\"11111111-2222-3333-4444-555555555556\" name=\"t\""
                + " plainTextPath=\"internal://a.txt\"/></Sources></Project>");
        StringBuilder words = new StringBuilder();
        java.util.Random random = new java.util.Random(5);
        while (words.length() < (3 << 20)) {
            words.append(Long.toString(random.nextLong(), 36)).append(' ');
        }
        Path file = zip(tmp.resolve("long-text.qdpx"), Map.of("project.qde", utf8(withText), "sources/a.txt", utf8(words.toString())));
        ZipLimits limits = new ZipLimits(100, 1L << 30, 1L << 30, 200, 1 << 20);
        ExchangeException e = refused(tmp, file, limits);
        assertEquals(file + ": the entry \"sources/a.txt\" unpacks to more than 1,048,576 bytes, the most Attune holds in memory for one"
                + " entry (a source's text); refused; nothing was imported", e.getMessage());
        // the same archive within the limit imports
        try (ProjectStore store = ProjectStore.create(tmp.resolve("fits"), "p", OpenOptions.of("test").withBackups(false))) {
            new QdaImport(store, new ZipLimits(100, 1L << 30, 1L << 30, 200, 8 << 20)).importFile(file, null);
            assertEquals(1, store.project().getSources().size());
        }
    }

    @Test
    void wrongFilesAreRefusedClearly(@TempDir Path tmp) throws Exception {
        Path png = Files.write(tmp.resolve("photo.qdpx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertTrue(refused(tmp, png, ZipLimits.DEFAULT).getMessage().contains("not well-formed XML"));
        Path notQda = zip(tmp.resolve("other.qdpx"), Map.of("word/document.xml", utf8("<w/>")));
        assertTrue(refused(tmp, notQda, ZipLimits.DEFAULT).getMessage().contains("no project.qde"));
        Path html = Files.writeString(tmp.resolve("page.qde"), "<html><body/></html>");
        assertTrue(refused(tmp, html, ZipLimits.DEFAULT).getMessage().contains("not a REFI-QDA"));
        Path broken = zip(tmp.resolve("broken.qdpx"), Map.of("project.qde", utf8(MINIMAL.replace("</Project>", ""))));
        assertTrue(refused(tmp, broken, ZipLimits.DEFAULT).getMessage().contains("project.qde is not well-formed XML"));
        Path truncated = tmp.resolve("truncated.qdpx");
        byte[] whole = Files.readAllBytes(zip(tmp.resolve("whole.qdpx"), Map.of("project.qde", utf8(MINIMAL))));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        refused(tmp, truncated, ZipLimits.DEFAULT);
        refused(tmp, tmp.resolve("missing.qdpx"), ZipLimits.DEFAULT);
    }

    /** A failure after the media were unpacked leaves neither elements nor files behind. */
    @Test
    void badExtensionLeavesNothingHalfImported(@TempDir Path tmp) throws Exception {
        Path qdpx = Fixtures.richExport(tmp);
        Path bad = tmp.resolve("bad.qdpx");
        try (ZipFile in = new ZipFile(qdpx.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bad))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("attune/model.json")) {
                    out.write(utf8("{\"format\":\"attune-qdpx-extension\",\"version\":1,\"elements\":[{\"$\":\"RatingScale\",\"id\":\"x\","
                            + "\"in\":null,\"as\":\"ratingScales\",\"f\":{\"version\":\"not a number\"}}]}"));
                } else {
                    try (InputStream s = in.getInputStream(e)) {
                        s.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        refused(tmp, bad, ZipLimits.DEFAULT);
    }

    static void unused(OutputStream o) {
    }
}
