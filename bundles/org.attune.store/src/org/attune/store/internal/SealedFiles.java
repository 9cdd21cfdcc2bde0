package org.attune.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The sealed form of a project's copied originals: AES-256-GCM in chunks of {@value #CHUNK} bytes, so that a reader
 * seeks by decrypting only the chunks it reads. A file is {@code "ATNSEAL1"}, a random 16-byte file id, then its
 * chunks, each the encrypted bytes followed by GCM's 16-byte tag. Each file has its own key, derived (HKDF-SHA256) from
 * the originals key and the file id, so that nonces never repeat under one key; a chunk's nonce is its number and
 * whether it is the last one (the last is always there, possibly empty: a truncated file does not read as whole).
 * The header is each chunk's additional authenticated data.
 */
public final class SealedFiles {
    static final byte[] MAGIC = "ATNSEAL1".getBytes(StandardCharsets.US_ASCII);
    static final int ID = 16;
    public static final int HEADER = MAGIC.length + ID;
    public static final int CHUNK = 64 * 1024;
    static final int TAG = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedFiles() {
    }

    /** The key for the originals of a project whose store key is {@code storeKey} (never the store key itself). */
    public static byte[] originalsKey(byte[] storeKey) {
        return hkdf(storeKey, null, "attune originals v1");
    }

    private static byte[] hkdf(byte[] secret, byte[] salt, String info) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(secret, salt, info.getBytes(StandardCharsets.US_ASCII)));
        byte[] key = new byte[32];
        generator.generateBytes(key, 0, key.length);
        return key;
    }

    /** Whether {@code file} starts as a sealed file does. */
    public static boolean isSealed(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(MAGIC.length);
            while (head.hasRemaining() && channel.read(head) >= 0) {
                // reads the magic
            }
            return !head.hasRemaining() && Arrays.equals(head.array(), MAGIC);
        }
    }

    /** The plaintext length of a sealed file of {@code sealedLength} bytes. */
    static long plainLength(long sealedLength) throws IOException {
        long body = sealedLength - HEADER;
        long chunks = Math.max(1, (body + CHUNK + TAG - 1) / (CHUNK + TAG));
        long plain = body - chunks * TAG;
        if (body < TAG || plain < 0) {
            throw new IOException("the encrypted file is cut short");
        }
        return plain;
    }

    /**
     * Writes {@code in}'s bytes sealed to {@code out} (which the caller forces and closes); returns the plaintext
     * length.
     */
    public static long seal(byte[] originalsKey, InputStream in, FileChannel out) throws IOException {
        byte[] id = new byte[ID];
        RANDOM.nextBytes(id);
        byte[] header = new byte[HEADER];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        System.arraycopy(id, 0, header, MAGIC.length, ID);
        writeFully(out, ByteBuffer.wrap(header));
        SecretKeySpec key = fileKey(originalsKey, id);
        byte[] current = in.readNBytes(CHUNK);
        long total = 0;
        long index = 0;
        while (true) {
            byte[] next = current.length < CHUNK ? new byte[0] : in.readNBytes(CHUNK);
            boolean last = next.length == 0;
            writeFully(out, ByteBuffer.wrap(crypt(Cipher.ENCRYPT_MODE, key, header, index, last, current, current.length)));
            total += current.length;
            if (last) {
                return total;
            }
            current = next;
            index++;
        }
    }

    /** A read-only view of a sealed file's plaintext that seeks (decrypting one chunk at a time). */
    public static SeekableByteChannel open(byte[] originalsKey, Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (header.hasRemaining() && channel.read(header) >= 0) {
                // reads the header
            }
            if (header.hasRemaining() || !Arrays.equals(Arrays.copyOf(header.array(), MAGIC.length), MAGIC)) {
                throw new IOException(file + " is not an encrypted original");
            }
            byte[] h = header.array();
            return new Reader(channel, fileKey(originalsKey, Arrays.copyOfRange(h, MAGIC.length, HEADER)), h,
                    plainLength(channel.size()));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static SecretKeySpec fileKey(byte[] originalsKey, byte[] id) {
        return new SecretKeySpec(hkdf(originalsKey, id, "attune original file"), "AES");
    }

    private static byte[] crypt(int mode, SecretKeySpec key, byte[] header, long index, boolean last, byte[] data, int length)
            throws IOException {
        byte[] nonce = new byte[12];
        ByteBuffer.wrap(nonce).putLong(index).put((byte) (last ? 1 : 0));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG * 8, nonce));
            cipher.updateAAD(header);
            return cipher.doFinal(data, 0, length);
        } catch (AEADBadTagException e) {
            throw new IOException("the encrypted file is damaged or was changed (chunk " + index + " does not authenticate)", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use AES-GCM (" + e.getMessage() + ")", e);
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /** Decrypts the chunk a read falls into, keeping the last one for the reads that follow. */
    private static final class Reader implements SeekableByteChannel {
        private final FileChannel file;
        private final SecretKeySpec key;
        private final byte[] header;
        private final long size;
        private final long lastChunk;
        private long position;
        private long chunkIndex = -1;
        private byte[] chunk;
        private boolean open = true;

        Reader(FileChannel file, SecretKeySpec key, byte[] header, long size) {
            this.file = file;
            this.key = key;
            this.header = header;
            this.size = size;
            this.lastChunk = size == 0 ? 0 : (size - 1) / CHUNK;
        }

        @Override
        public synchronized int read(ByteBuffer dst) throws IOException {
            ensureOpen();
            if (position >= size) {
                return -1;
            }
            int read = 0;
            while (dst.hasRemaining() && position < size) {
                long index = position / CHUNK;
                byte[] plain = chunk(index);
                int offset = (int) (position - index * CHUNK);
                int n = Math.min(dst.remaining(), plain.length - offset);
                if (n <= 0) {
                    break;
                }
                dst.put(plain, offset, n);
                position += n;
                read += n;
            }
            return read;
        }

        private byte[] chunk(long index) throws IOException {
            if (index == chunkIndex) {
                return chunk;
            }
            boolean last = index == lastChunk;
            int plainLength = last ? (int) (size - index * CHUNK) : CHUNK;
            ByteBuffer sealed = ByteBuffer.allocate(plainLength + TAG);
            long at = HEADER + index * (CHUNK + TAG);
            while (sealed.hasRemaining()) {
                int n = file.read(sealed, at + sealed.position());
                if (n < 0) {
                    throw new IOException("the encrypted file is cut short");
                }
            }
            chunk = crypt(Cipher.DECRYPT_MODE, key, header, index, last, sealed.array(), sealed.capacity());
            chunkIndex = index;
            return chunk;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public synchronized long position() throws IOException {
            ensureOpen();
            return position;
        }

        @Override
        public synchronized SeekableByteChannel position(long newPosition) throws IOException {
            ensureOpen();
            if (newPosition < 0) {
                throw new IllegalArgumentException("negative position");
            }
            position = newPosition;
            return this;
        }

        @Override
        public long size() throws IOException {
            ensureOpen();
            return size;
        }

        @Override
        public SeekableByteChannel truncate(long newSize) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public synchronized void close() throws IOException {
            open = false;
            chunk = null;
            file.close();
        }

        private void ensureOpen() throws IOException {
            if (!open) {
                throw new ClosedChannelException();
            }
        }
    }
}
