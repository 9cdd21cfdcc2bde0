package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.attune.store.OpenOptions;
import org.attune.store.Originals;
import org.attune.store.OriginalsServer;
import org.attune.store.ProjectStore;
import org.attune.testsupport.FileScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encrypted originals of an encrypted project ({@link Originals}): what is written reads back byte for byte at any
 * seek, a changed or cut file does not read, the loopback stream answers ranges to its tokens only and to loopback
 * clients only, and encrypting an older project's plaintext copies in place, killed anywhere, loses nothing.
 */
class EncryptedOriginalsTest {
    private static final char[] PASSPHRASE = "otter by the weir".toCharArray();
    private static final OpenOptions SEALED = OpenOptions.of("test").withBackups(false).withPassphrase(PASSPHRASE);
    /**
     * The sealed file format as docs/sensitive-data.md gives it, stated here on its own so that a change to it fails
     * these tests: "ATNSEAL1" and a 16-byte file id, then chunks of 64 KiB, each followed by its 16-byte tag.
     */
    private static final int HEADER = "ATNSEAL1".length() + 16;
    private static final int CHUNK = 64 * 1024;

    @Test
    void anEncryptedCopyReadsBackByteForByteAtEverySeek(@TempDir Path tmp) throws Exception {
        Random random = new Random(20261206L);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Sealed", SEALED)) {
            Originals originals = store.originals();
            assertTrue(originals.encrypted());
            int chunk = CHUNK;
            List<Integer> sizes = new ArrayList<>(List.of(0, 1, chunk - 1, chunk, chunk + 1, 2 * chunk, 3 * chunk + 17));
            for (int i = 0; i < 8; i++) {
                sizes.add(random.nextInt(5 * chunk));
            }
            for (int size : sizes) {
                byte[] plain = new byte[size];
                random.nextBytes(plain);
                Path file = tmp.resolve("copy-" + size);
                assertEquals(size, originals.write(new ByteArrayInputStream(plain), file));
                assertTrue(Originals.isEncrypted(file));
                assertEquals(HEADER + size + 16L * Math.max(1, (size + chunk - 1) / chunk), Files.size(file),
                        "header, the data, one tag a chunk");
                assertEquals(size, originals.size(file));
                assertArrayEquals(plain, originals.readAllBytes(file), "read whole, size " + size);
                if (size >= 64) {
                    assertFalse(FileScan.contains(Files.readAllBytes(file), Arrays.copyOfRange(plain, size / 2 - 32, size / 2 + 32)),
                            "no run of the plaintext in the file");
                }
                try (SeekableByteChannel channel = originals.open(file)) { // random seeks and reads against the plaintext
                    for (int step = 0; step < 60; step++) {
                        long at = size == 0 ? 0 : random.nextInt(size + 10);
                        int length = 1 + random.nextInt(random.nextBoolean() ? 100 : 3 * chunk);
                        channel.position(at);
                        ByteBuffer buffer = ByteBuffer.allocate(length);
                        int read = channel.read(buffer);
                        if (at >= size) {
                            assertEquals(-1, read, "at the end, size " + size + " at " + at);
                            continue;
                        }
                        int expected = (int) Math.min(length, size - at);
                        assertEquals(expected, read, "size " + size + " at " + at + " length " + length);
                        assertArrayEquals(Arrays.copyOfRange(plain, (int) at, (int) at + expected), Arrays.copyOf(buffer.array(), read));
                        assertEquals(at + read, channel.position());
                    }
                }
            }
        }
    }

    @Test
    void aChangedCutOrForeignEncryptedFileDoesNotRead(@TempDir Path tmp) throws Exception {
        byte[] plain = new byte[3 * CHUNK + 5];
        new Random(7).nextBytes(plain);
        Path file = tmp.resolve("copy");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Sealed", SEALED)) {
            store.originals().write(new ByteArrayInputStream(plain), file);
            byte[] sealed = Files.readAllBytes(file);
            Path changed = tmp.resolve("changed");
            byte[] flipped = sealed.clone();
            flipped[HEADER + CHUNK + 100] ^= 1;
            Files.write(changed, flipped);
            IOException e = assertThrows(IOException.class, () -> store.originals().readAllBytes(changed));
            assertTrue(e.getMessage().contains("damaged or was changed"), e.getMessage());
            Path cut = tmp.resolve("cut"); // whole chunks only: the last one is missing
            Files.write(cut, Arrays.copyOf(sealed, HEADER + 2 * (CHUNK + 16)));
            assertThrows(IOException.class, () -> store.originals().readAllBytes(cut));
        }
        try (ProjectStore other = ProjectStore.create(tmp.resolve("q"), "Other", OpenOptions.of("test").withBackups(false)
                .withPassphrase("another passphrase".toCharArray()))) {
            assertThrows(IOException.class, () -> other.originals().readAllBytes(file), "another project's key does not open it");
        }
    }

    @Test
    void anUnencryptedProjectKeepsItsCopiesAsTheyAre(@TempDir Path tmp) throws Exception {
        byte[] plain = "Guider: we watched the clip of the child smiling.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Plain", OpenOptions.of("test").withBackups(false))) {
            assertFalse(store.originals().encrypted());
            Path file = tmp.resolve("copy.txt");
            store.originals().write(new ByteArrayInputStream(plain), file);
            assertArrayEquals(plain, Files.readAllBytes(file), "the plain file, as before");
            assertArrayEquals(plain, store.originals().readAllBytes(file));
            Files.createDirectories(store.folder().resolve(ProjectStore.SOURCES_DIR));
            Files.write(store.folder().resolve(ProjectStore.SOURCES_DIR).resolve("a.txt"), plain);
            assertEquals(List.of(), store.originals().plaintextCopies(store.project().getSources()), "nothing to encrypt");
        }
    }

    @Test
    void theLoopbackStreamAnswersRangesToItsTokensAndLoopbackClientsOnly(@TempDir Path tmp) throws Exception {
        byte[] plain = new byte[2 * CHUNK + 999];
        new Random(11).nextBytes(plain);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Sealed", SEALED)) {
            Path file = tmp.resolve("clip.mp4");
            store.originals().write(new ByteArrayInputStream(plain), file);
            HttpClient client = HttpClient.newBuilder().proxy(java.net.ProxySelector.of(null)).build();
            URI served;
            URI page;
            try (OriginalsServer server = OriginalsServer.start()) {
                assertTrue(server.address().isLoopbackAddress(), "bound to the loopback interface only: " + server.address());
                served = server.serve(store.originals(), file);
                URI other = server.serve(store.originals(), file);
                assertFalse(served.equals(other), "a token of its own for each file served");
                assertTrue(served.getPath().matches("/[0-9a-f]{32}/media"), served.toString());

                HttpResponse<byte[]> whole = client.send(HttpRequest.newBuilder(served).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, whole.statusCode());
                assertArrayEquals(plain, whole.body());
                assertEquals("video/mp4", whole.headers().firstValue("Content-Type").orElse(""));
                assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));

                assertRandomRanges(client, served, plain);
                HttpResponse<byte[]> open = client.send(HttpRequest.newBuilder(served).header("Range", "bytes=1000-").build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertArrayEquals(Arrays.copyOfRange(plain, 1000, plain.length), open.body());
                HttpResponse<byte[]> tail = client.send(HttpRequest.newBuilder(served).header("Range", "bytes=-10").build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertArrayEquals(Arrays.copyOfRange(plain, plain.length - 10, plain.length), tail.body());
                assertEquals(416, client.send(HttpRequest.newBuilder(served).header("Range", "bytes=" + plain.length + "-").build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode());

                URI wrong = URI.create(served.toString().replaceFirst("/[0-9a-f]{32}/", "/" + "0".repeat(32) + "/"));
                HttpResponse<byte[]> refused = client.send(HttpRequest.newBuilder(wrong).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(404, refused.statusCode(), "a wrong token is refused");
                assertFalse(FileScan.contains(refused.body(), Arrays.copyOf(plain, 64)));
                assertEquals(404, client.send(HttpRequest.newBuilder(URI.create("http://" + served.getHost() + ":" + served.getPort() + "/"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode(), "no listing");

                byte[] html = "<html><video src='media'></video></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                page = server.serve(store.originals(), file, html);
                assertArrayEquals(html, client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofByteArray()).body());
                assertArrayEquals(plain, client.send(HttpRequest.newBuilder(page.resolve("media")).build(),
                        HttpResponse.BodyHandlers.ofByteArray()).body(), "the page and its recording under one token");

                server.revoke(served);
                assertEquals(404, client.send(HttpRequest.newBuilder(served).build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                        "a revoked token is refused");

                InetAddress outside = nonLoopbackAddress();
                if (outside != null) { // a client from another interface cannot even connect
                    try (Socket socket = new Socket()) {
                        assertThrows(ConnectException.class, () -> socket.connect(new InetSocketAddress(outside, server.port()), 2000),
                                "reached through " + outside);
                    }
                }
            }
            assertThrows(IOException.class, () -> client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding()),
                    "the stream stops with its server");
        }
    }

    /** An address of this machine's that is not a loopback one, or null when it has none. */
    private static InetAddress nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return address;
                }
            }
        }
        return null;
    }

    /** Twenty random ranges of {@code served} answer 206 with the bytes of {@code plain} they name. */
    private static void assertRandomRanges(HttpClient client, URI served, byte[] plain) throws Exception {
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            int from = random.nextInt(plain.length);
            int to = Math.min(plain.length - 1, from + random.nextInt(3 * CHUNK));
            HttpResponse<byte[]> part = client.send(HttpRequest.newBuilder(served).header("Range", "bytes=" + from + "-" + to).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(206, part.statusCode());
            assertEquals("bytes " + from + "-" + to + "/" + plain.length, part.headers().firstValue("Content-Range").orElse(""));
            assertArrayEquals(Arrays.copyOfRange(plain, from, to + 1), part.body());
        }
    }

    /**
     * Other bytes than a project's file (the importer's: an e-mail attachment held in memory in an encrypted project) are
     * served as a file is: whole, by ranges, with the type their name says, under a token of their own (#18).
     */
    @Test
    void theLoopbackStreamServesOtherBytesAsAFile(@TempDir Path tmp) throws Exception {
        byte[] plain = new byte[2 * CHUNK + 321];
        new Random(12).nextBytes(plain);
        Path bytes = Files.write(tmp.resolve("bytes"), plain);
        HttpClient client = HttpClient.newBuilder().proxy(java.net.ProxySelector.of(null)).build();
        try (OriginalsServer server = OriginalsServer.start()) {
            URI served = server.serve(() -> java.nio.channels.FileChannel.open(bytes), Path.of("diary.m4a"));
            assertTrue(served.getPath().matches("/[0-9a-f]{32}/media"), served.toString());
            HttpResponse<byte[]> whole = client.send(HttpRequest.newBuilder(served).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, whole.statusCode());
            assertArrayEquals(plain, whole.body());
            assertEquals("audio/mp4", whole.headers().firstValue("Content-Type").orElse(""));
            assertRandomRanges(client, served, plain);
            server.revoke(served);
            assertEquals(404, client.send(HttpRequest.newBuilder(served).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }

    @Test
    void encryptingAnOlderProjectsCopiesInPlaceKilledAnywhereLosesNothing(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("project");
        Map<String, byte[]> originals = new HashMap<>();
        Random random = new Random(20261206L);
        try (ProjectStore store = ProjectStore.create(folder, "Older", SEALED)) {
            Path sources = Files.createDirectories(store.folder().resolve(ProjectStore.SOURCES_DIR));
            for (int i = 0; i < 40; i++) { // as an older Attune copied them: plaintext
                byte[] bytes = new byte[100_000 + random.nextInt(400_000)];
                random.nextBytes(bytes);
                String name = "copy-" + i + ".bin";
                Files.write(sources.resolve(name), bytes);
                originals.put(name, bytes);
            }
        }
        String classPath = ChildJvm.classPath(tmp.resolve("jars"), "org.attune.store.tests", "org.attune.store",
                "org.attune.model", "org.attune.lib.xodus", "org.eclipse.emf.ecore", "org.eclipse.emf.common",
                "org.eclipse.emf.edit", "org.eclipse.emf.ecore.change", "com.google.gson", "slf4j.api");
        int killed = 0;
        for (int round = 1; round <= 4; round++) { // killed three times anywhere in its work, then left to finish
            Path log = tmp.resolve("round-" + round + ".log");
            Path output = tmp.resolve("round-" + round + ".out");
            Process child = new ProcessBuilder(ChildJvm.javaExecutable(), "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-cp",
                    classPath, SealingWriter.class.getName(), folder.toString(), log.toString(), new String(PASSPHRASE))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (round < 4) {
                ChildJvm.killAfterAcks(child, log, 1 + random.nextInt(4), output, Integer.toString(round), 180_000, random, 40);
                killed++;
            } else {
                assertTrue(child.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), "the last round ends by itself");
                assertEquals(0, child.exitValue(), Files.readString(output));
            }
            assertEveryFileWhole(folder, originals); // each one encrypted or still plaintext, none lost or cut
            int encrypted = encryptedCount(folder, originals);
            System.out.printf("sealing round %d: %d of %d originals encrypted%n", round, encrypted, originals.size());
            if (round < 4) {
                assertTrue(encrypted < originals.size(), "killed before the end");
            }
        }
        assertEquals(3, killed);
        assertEquals(originals.size(), encryptedCount(folder, originals), "the last opening finished the work");
        try (Stream<Path> files = Files.list(folder.resolve(ProjectStore.SOURCES_DIR))) {
            assertEquals(List.of(), files.filter(f -> !originals.containsKey(f.getFileName().toString())).toList(),
                    "nothing left beside the copies");
        }
        List<byte[]> runs = new ArrayList<>();
        originals.values().forEach(bytes -> runs.addAll(FileScan.runs(bytes, 3, 64)));
        assertEquals(List.of(), FileScan.holdingAny(folder, runs), "no run of any original left anywhere in the project");
    }

    private static int encryptedCount(Path folder, Map<String, byte[]> originals) throws IOException {
        int n = 0;
        for (String name : originals.keySet()) {
            n += Originals.isEncrypted(folder.resolve(ProjectStore.SOURCES_DIR).resolve(name)) ? 1 : 0;
        }
        return n;
    }

    private static void assertEveryFileWhole(Path folder, Map<String, byte[]> originals) throws Exception {
        try (ProjectStore store = ProjectStore.openToRead(folder, SEALED)) {
            for (Map.Entry<String, byte[]> e : originals.entrySet()) {
                Path file = folder.resolve(ProjectStore.SOURCES_DIR).resolve(e.getKey());
                assertTrue(Files.isRegularFile(file), e.getKey() + " is there");
                assertArrayEquals(e.getValue(), store.originals().readAllBytes(file), e.getKey() + " reads as the original");
            }
        }
    }
}
