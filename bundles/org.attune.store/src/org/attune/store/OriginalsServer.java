package org.attune.store;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays and decodes a project's originals without a plaintext copy on disk: an HTTP server on 127.0.0.1 only (never
 * another interface) that hands the Browser's media element, FFmpeg or PocketSphinx the original bytes of one file,
 * decrypted as they are read ({@link Originals#open}), or bytes held in memory only (an e-mail attachment being
 * imported into an encrypted project, {@link #serve(Bytes, Path)}). Each file served has its own random token (128 bits) in its
 * address, valid until {@link #revoke} or {@link #close}; a request without a known token, or from anything but a
 * loopback address, is refused. Range requests are answered (206), so that a player seeks.
 */
public final class OriginalsServer implements AutoCloseable {
    /** The name of a file's address that serves its page ({@link #serve(Originals, Path, byte[])}). */
    public static final String PAGE = "page.html";
    private static final String MEDIA = "media";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Opens the bytes served under one token, seekable, each time they are asked for. */
    public interface Bytes {
        SeekableByteChannel open() throws IOException;
    }

    private record Served(Bytes bytes, String type, byte[] page) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Served> served = new ConcurrentHashMap<>();

    private OriginalsServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** A server on a free port of 127.0.0.1; close it with the player or the work that uses it. */
    public static OriginalsServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "Attune originals stream");
            thread.setDaemon(true);
            return thread;
        });
        OriginalsServer originals = new OriginalsServer(server, threads);
        server.createContext("/", originals::handle);
        server.setExecutor(threads);
        server.start();
        return originals;
    }

    /** The address of {@code file}'s original bytes (read through {@code originals}), under a new token. */
    public URI serve(Originals originals, Path file) {
        return serve(originals, file, null).resolve(MEDIA);
    }

    /**
     * The address of a page ({@code page}: its HTML, which refers to the file as {@code media}) and beside it the file,
     * under one new token: the page and the recording are of one origin.
     */
    public URI serve(Originals originals, Path file, byte[] page) {
        return address(new Served(() -> originals.open(file), type(file), page), page == null ? "" : PAGE);
    }

    /**
     * The address of other bytes than a project's file, under a new token: bytes held in memory only (an e-mail
     * attachment read in an encrypted project), which FFmpeg reads from there, seeking as it needs, without a plaintext file.
     *
     * @param name names the bytes (its extension gives their type)
     */
    public URI serve(Bytes bytes, Path name) {
        return address(new Served(bytes, type(name), null), MEDIA);
    }

    private URI address(Served file, String leaf) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        served.put(token, file);
        return URI.create("http://" + host() + ":" + port() + "/" + token + "/" + leaf);
    }

    /** The file under {@code address}'s token is served no more. */
    public void revoke(URI address) {
        String path = address.getPath();
        String[] parts = path == null ? new String[0] : path.split("/");
        if (parts.length > 1) {
            served.remove(parts[1]);
        }
    }

    /** How many files are served now. */
    public int serving() {
        return served.size();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetAddress address() {
        return server.getAddress().getAddress();
    }

    private String host() {
        return server.getAddress().getAddress().getHostAddress();
    }

    @Override
    public void close() {
        served.clear();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
                refuse(exchange, 403);
                return;
            }
            String[] parts = exchange.getRequestURI().getPath().split("/");
            Served file = parts.length == 3 ? served.get(parts[1]) : null;
            String method = exchange.getRequestMethod();
            if (file == null) {
                refuse(exchange, 404);
            } else if (!"GET".equals(method) && !"HEAD".equals(method)) {
                refuse(exchange, 405);
            } else if (PAGE.equals(parts[2]) && file.page() != null) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, "HEAD".equals(method) ? -1 : file.page().length);
                if ("GET".equals(method)) {
                    exchange.getResponseBody().write(file.page());
                }
            } else if (MEDIA.equals(parts[2])) {
                media(exchange, file, "HEAD".equals(method));
            } else {
                refuse(exchange, 404);
            }
        } catch (IOException e) {
            // the client went away (a seek drops the request under way): nothing to answer
        }
    }

    private static void media(HttpExchange exchange, Served file, boolean head) throws IOException {
        try (SeekableByteChannel channel = file.bytes().open()) {
            long size = channel.size();
            long from = 0;
            long to = size - 1;
            String range = exchange.getRequestHeaders().getFirst("Range");
            int status = 200;
            if (range != null) {
                Matcher m = RANGE.matcher(range.strip());
                if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
                    exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
                    refuse(exchange, 416);
                    return;
                }
                if (m.group(1).isEmpty()) { // the last n bytes
                    from = Math.max(0, size - Long.parseLong(m.group(2)));
                } else {
                    from = Long.parseLong(m.group(1));
                    to = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
                }
                if (from >= size || from > to) {
                    exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
                    refuse(exchange, 416);
                    return;
                }
                status = 206;
                exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + size);
            }
            long length = to - from + 1;
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            exchange.getResponseHeaders().set("Content-Type", file.type());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (head) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(size == 0 ? 0 : length));
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, size == 0 ? -1 : length);
            channel.position(from);
            OutputStream out = exchange.getResponseBody();
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            long left = length;
            while (left > 0) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), left));
                int n = channel.read(buffer);
                if (n < 0) {
                    break;
                }
                out.write(buffer.array(), 0, n);
                left -= n;
            }
        }
    }

    private static void refuse(HttpExchange exchange, int status) throws IOException {
        byte[] body = (status + "\n").getBytes(StandardCharsets.US_ASCII);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String type(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "mp4", "m4v" -> "video/mp4";
            case "webm" -> "video/webm";
            case "ogv" -> "video/ogg";
            case "mov" -> "video/quicktime";
            case "mkv" -> "video/x-matroska";
            case "avi" -> "video/x-msvideo";
            case "mp3" -> "audio/mpeg";
            case "m4a", "aac" -> "audio/mp4";
            case "wav" -> "audio/wav";
            case "ogg", "oga", "opus" -> "audio/ogg";
            case "flac" -> "audio/flac";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            default -> "application/octet-stream";
        };
    }
}
