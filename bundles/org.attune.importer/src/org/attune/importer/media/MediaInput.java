package org.attune.importer.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.apache.commons.io.channels.ByteArraySeekableByteChannel;
import org.apache.tika.io.TikaInputStream;
import org.attune.store.OriginalsServer;

/**
 * Where a recording or picture is read from: a file, or bytes held in memory only (an e-mail attachment in an encrypted
 * project), which reach Tika, javax.sound and ImageIO from memory and FFmpeg through a loopback stream
 * ({@link OriginalsServer}, as the Media Player plays an encrypted recording), never as a plaintext file.
 */
public abstract sealed class MediaInput implements AutoCloseable {
    /** Opens a Tika stream on bytes held in memory that Tika never spools to a temporary file. */
    public interface TikaOpener {
        TikaInputStream open() throws IOException;
    }

    private MediaInput() {
    }

    /** A file on disk, read as it is. */
    public static MediaInput of(Path file) {
        return new OnDisk(file);
    }

    /**
     * Bytes held in memory only.
     *
     * @param name names them (its extension counts); nothing is read from or written to it
     * @param tika opens the Tika stream on {@code content} (one that cannot spool to disk)
     */
    public static MediaInput held(Path name, byte[] content, TikaOpener tika) {
        return new Held(name, content, tika);
    }

    /** The file's name, as Tika and the reports see it. */
    abstract Path name();

    /** Whether the content is held in memory only (no plaintext of it may reach the disk). */
    abstract boolean isHeld();

    abstract TikaInputStream tika() throws IOException;

    /** The content as javax.sound reads a sound file. */
    abstract AudioInputStream sound() throws UnsupportedAudioFileException, IOException;

    abstract AudioFileFormat soundFormat() throws UnsupportedAudioFileException, IOException;

    /** What FFmpeg and ffprobe are given to read ({@code -i}): the file's path, or a loopback address of the bytes. */
    abstract String forFfmpeg() throws IOException;

    /** The content in memory (a held one's), or null for a file. */
    abstract byte[] content();

    /** Stops serving held bytes to FFmpeg. */
    @Override
    public void close() {
    }

    private static final class OnDisk extends MediaInput {
        private final Path file;

        OnDisk(Path file) {
            this.file = file;
        }

        @Override
        Path name() {
            return file;
        }

        @Override
        boolean isHeld() {
            return false;
        }

        @Override
        TikaInputStream tika() throws IOException {
            return TikaInputStream.get(file);
        }

        @Override
        AudioInputStream sound() throws UnsupportedAudioFileException, IOException {
            return AudioSystem.getAudioInputStream(file.toFile());
        }

        @Override
        AudioFileFormat soundFormat() throws UnsupportedAudioFileException, IOException {
            return AudioSystem.getAudioFileFormat(file.toFile());
        }

        @Override
        String forFfmpeg() {
            return file.toAbsolutePath().toString();
        }

        @Override
        byte[] content() {
            return null;
        }
    }

    private static final class Held extends MediaInput {
        private final Path name;
        private final byte[] content;
        private final TikaOpener tika;
        private OriginalsServer server;

        Held(Path name, byte[] content, TikaOpener tika) {
            this.name = name;
            this.content = content;
            this.tika = tika;
        }

        @Override
        Path name() {
            return name;
        }

        @Override
        boolean isHeld() {
            return true;
        }

        @Override
        TikaInputStream tika() throws IOException {
            return tika.open();
        }

        @Override
        AudioInputStream sound() throws UnsupportedAudioFileException, IOException {
            return AudioSystem.getAudioInputStream(new ByteArrayInputStream(content));
        }

        @Override
        AudioFileFormat soundFormat() throws UnsupportedAudioFileException, IOException {
            return AudioSystem.getAudioFileFormat(new ByteArrayInputStream(content));
        }

        @Override
        synchronized String forFfmpeg() throws IOException {
            if (server == null) {
                server = OriginalsServer.start();
            }
            URI address = server.serve(() -> ByteArraySeekableByteChannel.wrap(content), name);
            return address.toString();
        }

        @Override
        byte[] content() {
            return content;
        }

        @Override
        public synchronized void close() {
            if (server != null) {
                server.close();
                server = null;
            }
        }
    }
}
