package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.attune.model.ImageSource;
import org.attune.model.MediaSource;
import org.attune.model.Source;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.Originals;
import org.attune.store.ProjectStore;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The original files of a published project (the sample's practice recording and sand-tableau picture) are on the
 * server, in chunks, and another client opening the team project reads the very same bytes when it first asks for
 * them; an encrypted project's originals are uploaded as their plaintext (docs/team.md says why).
 */
class TeamMediaTest {
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void anotherClientReadsTheRecordingAndThePictureAsPublished(@TempDir Path dir) throws Exception {
        publishedAndReadBack(dir, OpenOptions.of("lead"), "media");
    }

    @Test
    void anEncryptedProjectsOriginalsReadBackAsTheirPlaintext(@TempDir Path dir) throws Exception {
        publishedAndReadBack(dir, OpenOptions.of("lead").withPassphrase("correct horse battery".toCharArray()), "sealed");
    }

    private void publishedAndReadBack(Path dir, OpenOptions options, String database) throws Exception {
        String url = cluster.urlWithCredentials(cluster.newDatabase(database));
        Map<String, String> published = new TreeMap<>();
        try (ProjectStore local = SampleProject.create(dir.resolve("sample"), options)) {
            for (Source source : local.project().getSources()) {
                Path file = local.originals().file(source);
                if (file != null && Files.isRegularFile(file)) {
                    published.put(source.getId(), sha256(local.originals(), file)); // by id: a transcript bears its recording's name
                }
            }
            assertTrue(local.project().getSources().stream().filter(s -> s instanceof MediaSource || s instanceof ImageSource)
                    .allMatch(s -> published.containsKey(s.getId())), "the recording and the picture have their files: " + published);
            TeamProject.publish(local, url);
        }
        try (Connection admin = cluster.admin(database); Statement s = admin.createStatement();
                ResultSet r = s.executeQuery("select count(*), sum(size), max((select max(length(bytes)) from media_chunk c where c.entity = f.entity)) "
                        + "from media_file f")) {
            r.next();
            assertEquals(published.size(), r.getLong(1), "one row per file (the documents' too)");
            assertTrue(r.getLong(3) <= 1 << 20, "kept in chunks of 1 MiB at most: " + r.getLong(3));
        }

        Map<String, String> readBack = new TreeMap<>();
        try (OpenedProject other = ProjectStores.open(url, OpenOptions.of("other"), false)) {
            ProjectStore copy = other.store();
            for (Source source : copy.project().getSources()) {
                if (published.containsKey(source.getId())) {
                    Path file = copy.originals().file(source);
                    assertNotNull(file, source.getName());
                    assertTrue(Files.isRegularFile(file), "fetched when first asked for: " + file);
                    readBack.put(source.getId(), sha256(copy.originals(), file));
                    assertEquals(file, copy.originals().file(source), "fetched once, then read from the working copy");
                }
            }
            try (var left = Files.list(copy.originals().file(copy.project().getSources().stream()
                    .filter(MediaSource.class::isInstance).findFirst().orElseThrow()).getParent())) {
                assertFalse(left.anyMatch(f -> f.getFileName().toString().endsWith(".fetching")), "no part of a fetch left");
            }
        }
        assertEquals(published, readBack);
    }

    static String sha256(Originals originals, Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(originals.read(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
