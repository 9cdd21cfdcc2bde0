package org.attune.store.pg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;

import org.attune.model.Source;
import org.attune.store.Originals;
import org.eclipse.emf.ecore.EObject;

/**
 * The original files of a team project's sources (recordings, pictures, documents: a project folder's {@code sources/})
 * on the server: table {@code media_file} (one row per source with a file: its length and SHA-256) and
 * {@code media_chunk} (its bytes in chunks of {@value #CHUNK} bytes, in order). Both ways the bytes are streamed a chunk
 * at a time, so that a recording of gigabytes is never held in memory. A client fetches a file when a reader first asks
 * for it ({@link Originals#fetchMissingWith}) and checks its length and hash.
 */
final class TeamMedia {
    static final int CHUNK = 1 << 20;

    private TeamMedia() {
    }

    /**
     * Uploads the copies of {@code sources} kept in the project folder (decrypted as read in an encrypted project), in
     * the connection's transaction; {@code ids} gives each source's row. Linked files outside the project are the
     * researcher's own and stay where they are, as an export leaves them. Returns how many files were uploaded.
     */
    static int upload(Connection db, Originals originals, Iterable<? extends Source> sources, Map<EObject, Long> ids)
            throws SQLException, IOException {
        int uploaded = 0;
        for (Source source : sources) {
            Path path = originals.file(source);
            String stored = source.getStoredPath();
            if (path == null || Path.of(stored).isAbsolute() || !Files.isRegularFile(path)) {
                continue;
            }
            store(db, originals, path, ids.get(source));
            uploaded++;
        }
        return uploaded;
    }

    /**
     * Uploads the files of a working copy's {@code sources} that the server lacks (new sources, or ones given a new file
     * by this action), in the action's transaction after its rows were written: each source's row is found by its id,
     * and a file the server held for it before is replaced. Returns how many files were uploaded.
     */
    static int uploadNew(Connection db, Originals originals, Map<? extends Source, Path> files) throws SQLException, IOException {
        try (PreparedStatement row = db.prepareStatement("select id from entity where uuid = ?");
                PreparedStatement old = db.prepareStatement("delete from media_file where entity = ?")) {
            for (Map.Entry<? extends Source, Path> file : files.entrySet()) {
                row.setString(1, file.getKey().getId());
                long id;
                try (ResultSet r = row.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("the row of \"" + file.getKey().getName() + "\" is not on the server");
                    }
                    id = r.getLong(1);
                }
                old.setLong(1, id);
                old.executeUpdate();
                try {
                    store(db, originals, file.getValue(), id);
                } catch (IOException e) {
                    throw new IOException("cannot read the file of \"" + file.getKey().getName() + "\" to upload it ("
                            + PgConnections.firstLine(e) + ")", e);
                }
            }
        }
        return files.size();
    }

    /** Streams the original bytes of {@code path} into the rows of entity {@code id}, a chunk at a time, with its length and hash. */
    private static void store(Connection db, Originals originals, Path path, long id) throws SQLException, IOException {
        MessageDigest sha = sha256();
        long size = 0;
        try (PreparedStatement file = db.prepareStatement("insert into media_file(entity, size, sha256) values (?, ?, ?)");
                PreparedStatement chunk = db.prepareStatement("insert into media_chunk(entity, seq, bytes) values (?, ?, ?)");
                InputStream in = new DigestInputStream(originals.read(path), sha)) {
            file.setLong(1, id); // the chunks refer to it: its length and hash are set once all are written
            file.setLong(2, -1);
            file.setString(3, "");
            file.executeUpdate();
            int seq = 0;
            for (byte[] bytes = in.readNBytes(CHUNK); bytes.length > 0; bytes = in.readNBytes(CHUNK)) {
                chunk.setLong(1, id);
                chunk.setInt(2, seq++);
                chunk.setBytes(3, bytes);
                chunk.executeUpdate();
                size += bytes.length;
            }
        }
        try (PreparedStatement done = db.prepareStatement("update media_file set size = ?, sha256 = ? where entity = ?")) {
            done.setLong(1, size);
            done.setString(2, HexFormat.of().formatHex(sha.digest()));
            done.setLong(3, id);
            done.executeUpdate();
        }
    }

    /**
     * Writes the original of {@code source} from the team project at {@code url} to {@code target} through
     * {@code into} (encrypted when the copy is); false when the server holds no file for it. Reads on a connection of
     * its own, so that the team project's actions go on meanwhile.
     */
    static boolean fetch(String url, Source source, Path target, Originals into) throws IOException {
        try (Connection db = PgConnections.open(url)) {
            long id;
            long size;
            String hash;
            try (PreparedStatement q = db.prepareStatement("select f.entity, f.size, f.sha256 from media_file f join entity e on e.id = f.entity "
                    + "where e.uuid = ?")) {
                q.setString(1, source.getId());
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        db.commit();
                        return false;
                    }
                    id = r.getLong(1);
                    size = r.getLong(2);
                    hash = r.getString(3);
                }
            }
            MessageDigest sha = sha256();
            long written;
            try (InputStream chunks = new DigestInputStream(new ChunkStream(db, id), sha)) {
                written = into.write(chunks, target);
            }
            db.commit();
            if (written != size || !HexFormat.of().formatHex(sha.digest()).equals(hash)) {
                throw new IOException("the file of \"" + source.getName() + "\" came from the server damaged (" + written + " of " + size
                        + " bytes, or another hash)");
            }
            return true;
        } catch (SQLException | TeamProjectException e) {
            throw new IOException("cannot fetch the file of \"" + source.getName() + "\" (" + PgConnections.firstLine(e) + ")", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A file's chunks as one stream, read from a cursor a few chunks at a time. */
    private static final class ChunkStream extends InputStream {
        private final PreparedStatement query;
        private final ResultSet rows;
        private byte[] current = new byte[0];
        private int at;

        ChunkStream(Connection db, long id) throws SQLException {
            query = db.prepareStatement("select bytes from media_chunk where entity = ? order by seq");
            query.setFetchSize(2); // with auto-commit off, pgjdbc reads through a cursor: two chunks in memory at most
            query.setLong(1, id);
            rows = query.executeQuery();
        }

        private boolean more() throws IOException {
            while (at >= current.length) {
                try {
                    if (!rows.next()) {
                        return false;
                    }
                    current = rows.getBytes(1);
                    at = 0;
                } catch (SQLException e) {
                    throw new IOException(PgConnections.firstLine(e), e);
                }
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return more() ? current[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!more()) {
                return -1;
            }
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            try {
                rows.close();
                query.close();
            } catch (SQLException e) {
                throw new IOException(PgConnections.firstLine(e), e);
            }
        }
    }
}
