package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;

import org.attune.model.AttuneFactory;
import org.attune.model.ImageSource;
import org.attune.model.Source;
import org.attune.model.StorageMode;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.TeamProject;
import org.attune.store.pg.TeamProjectException;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;

/**
 * A source's file put into a team project's working copy (as an import copies it, encrypted with the copy's run key)
 * reaches the server with the action that adds the source, in its transaction: another login then reads the very same
 * bytes; a source given another file (a pseudonymised copy) has the new one on the server, and an undo of its deletion
 * brings its file back from the working copy. A file that cannot be read
 * leaves the action not done: neither the source nor a part of the file is on the server.
 */
class TeamSourceFilesTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("files test");
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void aSourcesFileReachesTheServerWithTheActionThatAddsIt() throws Exception {
        String database = "addedfiles";
        String plain = cluster.newDatabase(database);
        TeamProject.create(cluster.urlWithCredentials(plain), "Files");
        try (Connection admin = cluster.admin(database); Statement s = admin.createStatement()) {
            s.execute("create role file_ana login password 'pw-ana' in role attune_coder");
            s.execute("create role file_vera login password 'pw-vera' in role attune_coder");
        }
        byte[] picture = bytes(3 * 1024 * 1024 + 17, 1); // over three chunks
        byte[] redacted = bytes(20_000, 2);
        String id;
        try (OpenedProject ana = ProjectStores.open(plain + "?user=file_ana&password=pw-ana", OPTIONS, true)) {
            ImageSource source = addWithFile(ana.store(), "sources/sand tableau.png", picture);
            id = source.getId();
            ana.save("import sand tableau");
            assertEquals(sha256(picture), serverHash(database, id), "on the server with the action");

            Path copy = ana.store().folder().resolve("sources/sand tableau (redacted).png");
            ana.store().originals().write(new ByteArrayInputStream(redacted), copy);
            ana.store().apply("pseudonymise", () -> source.setStoredPath("sources/sand tableau (redacted).png"));
            ana.save("pseudonymise");
            assertEquals(sha256(redacted), serverHash(database, id), "the new file replaced the old");
            assertEquals(1, count(database, "select count(*) from media_file"));

            ana.store().apply("delete sand tableau", () -> ana.store().project().getSources().remove(source));
            ana.save("delete sand tableau");
            assertEquals(0, count(database, "select count(*) from media_file"), "deleted with its source");
            ana.store().undo();
            assertEquals(java.util.List.of(source), ana.store().project().getSources(), "the deletion undone in the working copy");
            assertNotNull(ana.store().originals().localCopy(source), "its file still in the working copy");
            ana.save("undo delete sand tableau");
            assertEquals(1, count(database, "select count(*) from entity where uuid = '" + id + "'"), "the source is back on the server");
            assertEquals(sha256(redacted), serverHash(database, id), "the undo brings it back from the working copy");
        }
        try (OpenedProject vera = ProjectStores.open(plain + "?user=file_vera&password=pw-vera", OPTIONS, false)) {
            Source theirs = vera.store().project().getSources().get(0);
            Path file = vera.store().originals().file(theirs);
            assertNotNull(file);
            assertEquals(sha256(redacted), sha256(vera.store().originals().readAllBytes(file)), "another login reads the same bytes");
        }
    }

    @Test
    void aFileThatCannotBeReadLeavesTheActionNotDone() throws Exception {
        String database = "unreadable";
        String url = cluster.urlWithCredentials(cluster.newDatabase(database));
        TeamProject.create(url, "Unreadable");
        try (OpenedProject lead = ProjectStores.open(url, OPTIONS, true)) {
            ImageSource source = addWithFile(lead.store(), "sources/damaged.png", bytes(50_000, 3));
            Path file = lead.store().originals().localCopy(source);
            try (var channel = Files.newByteChannel(file, StandardOpenOption.WRITE)) { // its encryption no longer checks
                channel.position(Files.size(file) - 40);
                channel.write(java.nio.ByteBuffer.wrap(new byte[16]));
            }
            TeamProjectException refused = assertThrows(TeamProjectException.class, () -> lead.save("import damaged"));
            assertTrue(refused.getMessage().contains("\"import damaged\" was not done")
                    && refused.getMessage().contains("cannot read the file of \"damaged\""), refused.getMessage());
            assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
        }
        assertEquals(0, count(database, "select count(*) from entity where type = 'ImageSource'"), "the source is not there without its file");
        assertEquals(0, count(database, "select count(*) from media_file") + count(database, "select count(*) from media_chunk"));
    }

    /** Adds a picture whose copy in the project's {@code sources/} holds {@code bytes}, as an import does. */
    private static ImageSource addWithFile(ProjectStore store, String storedPath, byte[] bytes) throws Exception {
        Path target = store.folder().resolve(storedPath);
        Files.createDirectories(target.getParent());
        store.originals().write(new ByteArrayInputStream(bytes), target);
        ImageSource source = AttuneFactory.eINSTANCE.createImageSource();
        source.setName(target.getFileName().toString().replaceFirst("\\.png$", ""));
        source.setStorage(StorageMode.COPIED);
        source.setStoredPath(storedPath);
        store.apply("import", () -> store.project().getSources().add(source));
        assertTrue(store.originals().encrypted() && !java.util.Arrays.equals(bytes, Files.readAllBytes(target)),
                "the working copy keeps it encrypted");
        return source;
    }

    private static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private String serverHash(String database, String sourceId) throws Exception {
        try (Connection admin = cluster.admin(database); Statement s = admin.createStatement();
                ResultSet r = s.executeQuery("select f.sha256, f.size = (select sum(length(c.bytes)) from media_chunk c where c.entity = f.entity) "
                        + "from media_file f join entity e on e.id = f.entity where e.uuid = '" + sourceId + "'")) {
            assertTrue(r.next(), "a file on the server for " + sourceId);
            assertTrue(r.getBoolean(2), "its chunks add up to its length");
            return r.getString(1);
        }
    }

    private long count(String database, String sql) throws Exception {
        try (Connection admin = cluster.admin(database); Statement s = admin.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
