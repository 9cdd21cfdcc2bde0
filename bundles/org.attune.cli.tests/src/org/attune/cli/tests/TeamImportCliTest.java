package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.attune.cli.tests.CliTest.Run;
import org.attune.model.Source;
import org.attune.store.OpenOptions;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.testsupport.Documents;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} on a team project's URL: a coder imports a recording (WAVE, over two chunks of the server's), a photo
 * (JPEG) and a document (PDF); each file reaches the server with the action that adds its source, and another coder's
 * login then reads the very same bytes (SHA-256) and exports them, though the importing coder's working copy (which
 * kept them encrypted with its run key) is gone.
 */
class TeamImportCliTest {
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void anImportedFileReachesTheOtherMembers(@TempDir Path tmp) throws Exception {
        String database = "teamimport";
        String plain = cluster.newDatabase(database);
        CliTest.ok("project", "create", "--server", cluster.urlWithCredentials(plain), "--name", "Home visits");
        try (Connection admin = cluster.admin(database); Statement s = admin.createStatement()) {
            s.execute("create role imp_ana login password 'pw-ana' in role attune_coder");
            s.execute("create role imp_bea login password 'pw-bea' in role attune_coder");
        }
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> files = List.of(noise(in.resolve("Home visit 1.wav"), 25), photo(in.resolve("Sand tableau.jpg")),
                pdf(in.resolve("Case notes.pdf")));

        Run imported = CliTest.ok("import", plain + "?user=imp_ana&password=pw-ana", files.get(0).toString(), files.get(1).toString(),
                files.get(2).toString(), "--json");
        assertEquals(3, imported.json().get("imported").getAsLong(), imported.out());
        try (Connection admin = cluster.admin(database); Statement s = admin.createStatement();
                ResultSet r = s.executeQuery("select count(*), max((select count(*) from media_chunk c where c.entity = f.entity)) from media_file f")) {
            r.next();
            assertEquals(3, r.getLong(1), "the three files are on the server");
            assertTrue(r.getLong(2) >= 3, "the recording in chunks: " + r.getLong(2));
        }

        Set<String> originals = new TreeSet<>();
        for (Path file : files) {
            originals.add(sha256(Files.readAllBytes(file)));
        }
        Set<String> readBack = new TreeSet<>();
        try (OpenedProject bea = ProjectStores.open(plain + "?user=imp_bea&password=pw-bea", OpenOptions.of("bea"), false)) {
            for (Source source : bea.store().project().getSources()) {
                readBack.add(sha256(bea.store().originals().readAllBytes(bea.store().originals().file(source))));
            }
        }
        assertEquals(originals, readBack, "another login reads each imported file byte for byte");

        Path qdpx = tmp.resolve("out").resolve("home-visits.qdpx");
        Files.createDirectories(qdpx.getParent());
        CliTest.ok("export", "project", plain + "?user=imp_bea&password=pw-bea", qdpx.toString());
        Set<String> exported = new TreeSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(qdpx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("sources/")) {
                    exported.add(sha256(zip.readAllBytes()));
                }
            }
        }
        assertTrue(exported.containsAll(List.of(sha256(Files.readAllBytes(files.get(0))), sha256(Files.readAllBytes(files.get(1))))),
                "another login's export holds the recording and the photo (the document as its text): " + exported);
    }

    /** A WAVE file of random noise, 16-bit mono at 44.1 kHz: 88 KB a second, none of it like another file. */
    private static Path noise(Path file, int seconds) throws Exception {
        byte[] samples = new byte[44_100 * 2 * seconds];
        new Random(21).nextBytes(samples);
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(samples), new AudioFormat(44_100, 16, 1, true, false),
                samples.length / 2)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    private static Path photo(Path file) throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(4);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        assertTrue(ImageIO.write(image, "jpeg", file.toFile()));
        return file;
    }

    private static Path pdf(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Documents.pdf(out, "Visit on 3 March: the family watched the clip together.");
        }
        return file;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
