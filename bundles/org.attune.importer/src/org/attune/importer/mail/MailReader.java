package org.attune.importer.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.field.DefaultFieldParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.ByteSequence;
import org.apache.james.mime4j.stream.MimeConfig;
import org.attune.store.ContentHash;

/**
 * Reads the messages of an .eml (one message) or .mbox file (many) with Apache James Mime4J, and of an Outlook
 * .msg file with Apache POI ({@link OutlookMessage}): headers decoded
 * (RFC 2047), the plain text of the body (else its HTML as text), the quoted earlier messages apart, the
 * attachments. A message that cannot be read is reported by its number, and the others are read.
 */
public final class MailReader {
    /** A message larger than this (with its attachments) is refused. */
    static final long MAX_MESSAGE_BYTES = 256L << 20;

    /** A message that could not be read: its place in the file (from 1) and why. */
    public record Problem(int number, String reason) {
    }

    /** Takes the messages of a file as they are read, and the problems. */
    public interface Sink {
        void mail(Mail mail);

        void problem(Problem problem);
    }

    private MailReader() {
    }

    /** How a message's bytes are read. */
    private interface Parser {
        Mail parse(int number, byte[] bytes) throws MimeException, IOException;
    }

    public static boolean isMailbox(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mbox");
    }

    private static boolean isOutlook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".msg");
    }

    /** Reads the messages of {@code file} one by one into {@code sink}; the messages read are never held all at once. */
    public static void read(Path file, Sink sink) throws IOException {
        if (isMailbox(file)) {
            int[] messages = {0};
            Mbox.split(file, MAX_MESSAGE_BYTES, (number, bytes) -> {
                messages[0]++;
                readOne(number, bytes, MailReader::parse, sink);
            });
            if (messages[0] == 0) {
                sink.problem(new Problem(0, "it holds no message (no line starting with \"From \")"));
            }
        } else if (Files.size(file) > MAX_MESSAGE_BYTES) {
            readOne(1, null, MailReader::parse, sink);
        } else {
            readOne(1, Files.readAllBytes(file), isOutlook(file) ? (number, bytes) -> OutlookMessage.parse(bytes) : MailReader::parse, sink);
        }
    }

    /** Reads one message held in memory only (a forwarded message in an encrypted project), named {@code name}. */
    public static void read(Path name, byte[] content, Sink sink) {
        readOne(1, content.length > MAX_MESSAGE_BYTES ? null : content,
                isOutlook(name) ? (number, bytes) -> OutlookMessage.parse(bytes) : MailReader::parse, sink);
    }

    private static void readOne(int number, byte[] bytes, Parser parser, Sink sink) {
        if (bytes == null) {
            sink.problem(new Problem(number, "it is larger than " + (MAX_MESSAGE_BYTES >> 20) + " MB"));
            return;
        }
        Mail mail;
        try {
            mail = parser.parse(number, bytes);
        } catch (MimeException | IOException e) {
            sink.problem(new Problem(number, "it is not a readable e-mail (" + e.getMessage() + ")"));
            return;
        } catch (RuntimeException e) { // Mime4J's own checks of fields and bodies
            sink.problem(new Problem(number, "it is not a readable e-mail ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")"));
            return;
        }
        sink.mail(mail);
    }

    static Mail parse(int number, byte[] bytes) throws MimeException, IOException {
        Message message;
        byte[] headed = withoutPostmark(bytes);
        try {
            message = builder(true).parseMessage(new ByteArrayInputStream(headed));
        } catch (IOException e) { // Mime4J's MimeIOException among them
            if (!bareLineEnds(e)) {
                throw e;
            }
            // a message saved with bare LF line ends (as many mail programs store them) read with CR LF ones; its hash stays the file's
            byte[] withCrLf = crlf(headed);
            try {
                message = builder(true).parseMessage(new ByteArrayInputStream(withCrLf));
            } catch (IOException again) {
                if (!bareLineEnds(again)) {
                    throw again;
                }
                // a forwarded message inside, base64-encoded with bare LF line ends of its own (GroupWise 2012 sends
                // them so): no CR can be put in from outside, so this one message is read leniently
                message = builder(false).parseMessage(new ByteArrayInputStream(withCrLf));
            }
        }
        try {
            if (message.getHeader().getFields().isEmpty() || message.getFrom() == null && message.getDate() == null && message.getSubject() == null) {
                throw new MimeException("it has no From, Date or Subject header");
            }
            Mailbox sender = message.getFrom() == null || message.getFrom().isEmpty() ? null : message.getFrom().get(0);
            Parts parts = new Parts();
            parts.collect(message);
            QuotedText.Parts text = QuotedText.split(parts.body != null ? parts.body : parts.notification != null ? parts.notification : "");
            String subject = message.getSubject() == null ? null : message.getSubject().replaceAll("\\s+", " ").strip();
            return new Mail(number, subject, sender == null ? null : sender.getName(),
                    sender == null ? null : sender.getAddress(), mailboxes(message.getFrom()), addresses(message.getTo()),
                    addresses(message.getCc()), message.getDate(), text.newText(), text.quoted(), parts.attachments,
                    ContentHash.sha256(bytes));
        } finally {
            message.dispose();
        }
    }

    private static boolean bareLineEnds(IOException e) {
        String why = String.valueOf(e.getMessage());
        return why.contains("LF without CR") || why.contains("soft line break");
    }

    private static DefaultMessageBuilder builder(boolean strict) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(new MimeConfig.Builder().setStrictParsing(strict).setMaxLineLen(-1).setMaxHeaderLen(-1)
                .setMaxContentLen(MAX_MESSAGE_BYTES).build());
        builder.setFieldParser((field, monitor) -> parser(field).parse(eightBit(field), monitor));
        builder.setBodyFactory(new org.apache.james.mime4j.message.BasicBodyFactory(true)); // a charset Java does not know: read below
        return builder;
    }

    /**
     * Content-Disposition and Content-Type read leniently: Netscape wrote a file name with its folders, unescaped, as
     * {@code filename="C:\TEMP\nsmailEG.png"}, and the strict parser reads each backslash as an escape and drops it
     * ({@code C:TEMPnsmailEG.png}), so that the folders could no longer be told from the name. Other fields strictly.
     */
    private static org.apache.james.mime4j.dom.FieldParser<?> parser(Field field) {
        String name = field.getName();
        return "Content-Disposition".equalsIgnoreCase(name) || "Content-Type".equalsIgnoreCase(name)
                ? org.apache.james.mime4j.field.LenientFieldParser.getParser()
                : DefaultFieldParser.getParser();
    }

    /**
     * A header with bytes over 127, which RFC 5322 does not allow but mail programs wrote (Outlook 2000's Latin-1
     * names) and RFC 6532 allows as UTF-8: its text as UTF-8 where it is that, else as Windows-1252. Mime4J would
     * read each such byte as a replacement character. Such bytes inside an RFC 2047 encoded word
     * ({@code =?iso-8859-1?Q?Fr\u00f6sche?=} written with the raw byte) are bytes of the word's charset: they become
     * {@code =F6} there, which Mime4J decoded as "Fr?sche" before; and an encoded word whose charset Java does not know
     * ({@code unknown-8bit}, which failed the whole message) is read as UTF-8 where its bytes are that, else
     * Windows-1252.
     */
    static Field eightBit(Field raw) {
        ByteSequence bytes = raw.getRaw();
        if (bytes == null) {
            return raw;
        }
        String latin = new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1); // a char per byte
        boolean high = latin.chars().anyMatch(c -> c > 127);
        if (!high && !latin.contains("=?")) {
            return raw;
        }
        String words = encodedWords(latin);
        if (words.equals(latin) && !high) {
            return raw;
        }
        String text = text(words.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        int colon = text.indexOf(':');
        return colon < 0 ? raw : new RawField(raw.getName(), text.substring(colon + 1));
    }

    private static final java.util.regex.Pattern ENCODED_WORD = java.util.regex.Pattern.compile("=\\?([^?\\s]+)\\?([QqBb])\\?([^?]*)\\?=");

    /** {@code header} (a char per byte) with its encoded words' raw bytes as =XX and their unknown charsets named. */
    static String encodedWords(String header) {
        java.util.regex.Matcher m = ENCODED_WORD.matcher(header);
        StringBuilder out = new StringBuilder(header.length());
        while (m.find()) {
            boolean q = m.group(2).equalsIgnoreCase("Q");
            StringBuilder encoded = new StringBuilder();
            for (char c : m.group(3).toCharArray()) {
                if (q && c > 127) {
                    encoded.append(String.format(Locale.ROOT, "=%02X", (int) c));
                } else {
                    encoded.append(c);
                }
            }
            String charset = m.group(1);
            if (org.apache.james.mime4j.util.CharsetUtil.lookup(charset.replaceFirst("\\*.*$", "")) == null) {
                byte[] decoded = q ? qBytes(encoded.toString()) : bBytes(encoded.toString());
                charset = decoded != null && isUtf8(decoded) ? "UTF-8" : "windows-1252";
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("=?" + charset + "?" + m.group(2) + "?" + encoded + "?="));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** The bytes of a Q-encoded word's text ({@code _} a space, {@code =XX} a byte). */
    private static byte[] qBytes(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c == '_' ? ' ' : c);
            }
        }
        return out.toByteArray();
    }

    /** The bytes of a B-encoded word's text, or null when it is no Base64. */
    private static byte[] bBytes(String text) {
        try {
            return java.util.Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Bytes as UTF-8 when they are that, else as Windows-1252 (which reads every byte). */
    static String text(byte[] bytes) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /** Bare LF line ends as CR LF. */
    /**
     * A message saved with its mailbox's separator line on top ({@code From sender date}, as Thunderbird saves an .eml:
     * Tika's testEmailWithPNGAtt.eml) without that line, which is no header (strict parsing refused the message).
     */
    private static byte[] withoutPostmark(byte[] bytes) {
        if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("From ")) {
            return bytes;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return java.util.Arrays.copyOfRange(bytes, i + 1, bytes.length);
            }
        }
        return bytes;
    }

    private static byte[] crlf(byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length + bytes.length / 40);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(bytes[i]);
        }
        return out.toByteArray();
    }

    /** The body's text and the attachments, found walking the message's parts. */
    private static final class Parts {
        String body;
        String htmlBody;
        /** A read receipt's report (message/disposition-notification): the body when the receipt has no text. */
        String notification;
        final List<Mail.Attachment> attachments = new ArrayList<>();

        void collect(Entity entity) throws IOException {
            Body content = entity.getBody();
            if (content instanceof Multipart multipart) {
                for (Entity part : multipart.getBodyParts()) {
                    collect(part);
                }
                if (body == null && htmlBody != null) {
                    body = htmlBody;
                }
                return;
            }
            if (content instanceof Message forwarded) { // a message forwarded as an attachment: imported as a message of its own
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                new org.apache.james.mime4j.message.DefaultMessageWriter().writeMessage(forwarded, bytes);
                String subject = forwarded.getSubject() == null || forwarded.getSubject().isBlank() ? "forwarded message" : forwarded.getSubject();
                attachments.add(new Mail.Attachment(subject.strip() + ".eml", bytes.toByteArray()));
                return;
            }
            boolean attached = "attachment".equalsIgnoreCase(entity.getDispositionType()) || entity.getFilename() != null;
            String type = entity.getMimeType().toLowerCase(Locale.ROOT);
            if (!attached && body == null && type.equals("text/plain") && content instanceof TextBody text) {
                body = read(text);
            } else if (!attached && htmlBody == null && type.equals("text/html") && content instanceof TextBody text) {
                htmlBody = HtmlText.of(read(text));
                if (entity.getParent() == null) {
                    body = htmlBody;
                }
            } else if (!attached && notification == null && type.equals("message/disposition-notification") && content instanceof SingleBody single) {
                try (InputStream in = single.getInputStream()) {
                    notification = MailReader.text(in.readAllBytes()).strip();
                }
            } else if (attached && content instanceof SingleBody single) {
                try (InputStream in = single.getInputStream()) {
                    attachments.add(new Mail.Attachment(fileName(entity, attachments.size() + 1), in.readAllBytes()));
                }
            }
        }

        private static String read(TextBody text) throws IOException {
            StringBuilder out = new StringBuilder();
            try {
                java.nio.charset.Charset.forName(text.getMimeCharset());
            } catch (RuntimeException unknown) { // a charset Java does not know (or none): UTF-8 if it is that, else Windows-1252
                try (InputStream in = text.getInputStream()) {
                    return MailReader.text(in.readAllBytes());
                }
            }
            try (Reader reader = text.getReader()) {
                char[] buffer = new char[8192];
                int n;
                while ((n = reader.read(buffer)) > 0) {
                    out.append(buffer, 0, n);
                }
            }
            return out.toString();
        }

        private static String fileName(Entity entity, int number) {
            String name = entity.getFilename();
            return name == null || name.isBlank() ? "attachment " + number : name.strip();
        }
    }

    private static String mailboxes(MailboxList list) {
        return list == null ? "" : list.stream().map(MailReader::shown).collect(Collectors.joining(", "));
    }

    private static String addresses(AddressList list) {
        return list == null ? "" : list.flatten().stream().map(MailReader::shown).collect(Collectors.joining(", "));
    }

    private static String shown(Mailbox box) {
        return box.getName() == null || box.getName().isBlank() ? box.getAddress() : box.getName() + " <" + box.getAddress() + ">";
    }
}
