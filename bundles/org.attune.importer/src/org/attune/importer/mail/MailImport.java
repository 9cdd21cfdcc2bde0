package org.attune.importer.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.attune.core.IoProblems;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportOutcome.Status;
import org.attune.importer.text.TextNormalizer;
import org.attune.model.AttuneFactory;
import org.attune.model.ElementLink;
import org.attune.model.LinkDirection;
import org.attune.model.Source;
import org.attune.model.StorageMode;
import org.attune.model.TextSource;
import org.attune.model.attributes.Attributes;
import org.attune.model.text.Marks;
import org.attune.store.ProjectStore;
import org.attune.store.TextContent;

/**
 * Imports the messages of an .eml, .mbox or .msg file: one text source per message (the new text as the sender's turn,
 * the quoted earlier messages as a second turn, "Quoted earlier messages"), From, To, Cc, Date and Subject in
 * its import metadata, the source in the case whose name is the sender's name or address (exactly; several
 * cases or none: left out of any case and reported), and each attachment imported through the normal
 * pipeline as its own source, linked to the message ("attachment"). Messages are added a group at a time, one
 * action each; one report line per message and per attachment.
 */
public final class MailImport {
    public static final String QUOTED = "Quoted earlier messages";
    public static final String ATTACHMENT_LINK = "attachment";
    static final int GROUP = 32;
    /** The source attributes of a message, in this order. */
    public static final List<String> HEADERS = List.of("From", "To", "Cc", "Date", "Subject");
    /** A group is added once its messages and attachments hold this much, whatever their number. */
    static final long GROUP_BYTES = 64L << 20;
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ProjectStore store;
    private final ImportOptions options;
    private final Executor modelThread;
    /** Messages forwarded in messages are imported as messages; at most this deep. */
    static final int MAX_NESTING = 8;
    private static final ThreadLocal<Integer> NESTING = ThreadLocal.withInitial(() -> 0);
    private final Function<Path, List<ImportOutcome>> pipeline;
    private final Set<String> names = new HashSet<>();
    private final Map<String, String> known = new HashMap<>();

    private final BiFunction<Path, byte[], ImportOutcome> heldPipeline;

    /**
     * @param pipeline imports one file as the importer does, copying it into the project (the attachments)
     * @param heldPipeline imports a document held in memory only, parsed from there and copied encrypted (the
     *        attachments in an encrypted project: {@link org.attune.importer.Importer#importHeld})
     */
    public MailImport(ProjectStore store, ImportOptions options, Executor modelThread, Function<Path, List<ImportOutcome>> pipeline,
            BiFunction<Path, byte[], ImportOutcome> heldPipeline) {
        this.store = store;
        this.options = options;
        this.modelThread = modelThread;
        this.pipeline = pipeline;
        this.heldPipeline = heldPipeline;
        modelThread.execute(() -> {
            for (Source source : store.project().getSources()) {
                names.add(key(source.getName()));
                if (source.getContentHash() != null) {
                    known.put(source.getContentHash(), source.getName());
                }
            }
        });
    }

    /** Whether this imports {@code file}: .eml, .mbox and Outlook's .msg. */
    public static boolean handles(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".eml") || name.endsWith(".mbox") || name.endsWith(".msg");
    }

    /** Imports every message of {@code file}; never throws for a bad file or message. */
    public List<ImportOutcome> importFile(Path file) {
        return nested(file, () -> messages(file, Files.size(file), sink -> MailReader.read(file, sink)));
    }

    /**
     * Imports a message held in memory only (forwarded as an attachment of a message of {@code mailFile} in an encrypted
     * project), named {@code name}: never written to disk; its sources are linked to {@code mailFile}.
     */
    public List<ImportOutcome> importHeld(Path mailFile, Path name, byte[] content) {
        return nested(mailFile, () -> messages(mailFile, content.length, sink -> MailReader.read(name, content, sink)));
    }

    /** How the messages of one file (or held message) are read into a sink. */
    private interface Reading {
        void into(MailReader.Sink sink) throws IOException;
    }

    /** Reading the messages of a file or held message. */
    private interface Messages {
        List<ImportOutcome> read() throws IOException;
    }

    private List<ImportOutcome> nested(Path file, Messages messages) {
        if (NESTING.get() >= MAX_NESTING) {
            return List.of(new ImportOutcome(file, Status.FAILED, "e-mail", "it is a message forwarded in messages more than "
                    + MAX_NESTING + " deep; not imported (it stays in the message that holds it)"));
        }
        NESTING.set(NESTING.get() + 1);
        try {
            return messages.read();
        } catch (IOException e) {
            return List.of(new ImportOutcome(file, Status.FAILED, "e-mail", "cannot be read (" + IoProblems.reason(e) + ")"));
        } finally {
            NESTING.set(NESTING.get() - 1);
        }
    }

    private List<ImportOutcome> messages(Path file, long size, Reading reading) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Mail> group = new ArrayList<>();
        long[] held = {0};
        try {
            if (size > options.sizeLimitBytes()) {
                return List.of(new ImportOutcome(file, Status.FAILED, "e-mail", "it is larger than the limit of "
                        + (options.sizeLimitBytes() >> 20) + " MB"));
            }
            reading.into(new MailReader.Sink() {
                @Override
                public void mail(Mail mail) {
                    group.add(mail);
                    held[0] += 2L * (mail.newText().length() + mail.quoted().length())
                            + mail.attachments().stream().mapToLong(a -> a.content().length).sum();
                    if (group.size() >= GROUP || held[0] >= GROUP_BYTES) {
                        commit(file, group, outcomes);
                        held[0] = 0;
                    }
                }

                @Override
                public void problem(MailReader.Problem problem) {
                    outcomes.add(new ImportOutcome(file, Status.FAILED, "e-mail", where(problem.number()) + problem.reason()));
                }
            });
        } catch (IOException e) {
            outcomes.add(new ImportOutcome(file, Status.FAILED, "e-mail", "cannot be read (" + IoProblems.reason(e) + ")"));
        }
        commit(file, group, outcomes);
        return outcomes;
    }

    private static String where(int number) {
        return number > 0 ? "message " + number + ": " : "";
    }

    private void commit(Path file, List<Mail> group, List<ImportOutcome> outcomes) {
        List<Mail> adding = new ArrayList<>();
        List<TextSource> sources = new ArrayList<>();
        List<TextContent> texts = new ArrayList<>();
        for (Mail mail : group) {
            String twin = known.get(mail.hash());
            if (twin != null) {
                outcomes.add(new ImportOutcome(file, Status.SKIPPED, "e-mail",
                        where(mail.number()) + "it has the same content as \"" + twin + "\", imported already"));
                continue;
            }
            adding.add(mail);
            TextSource source = F.createTextSource();
            texts.add(fill(source, file, mail));
            sources.add(source);
            known.put(mail.hash(), sources.get(sources.size() - 1).getName());
        }
        group.clear();
        if (sources.isEmpty()) {
            return;
        }
        String[] cases = new String[sources.size()];
        RuntimeException[] failure = new RuntimeException[1];
        modelThread.execute(() -> {
            try {
                for (int i = 0; i < sources.size(); i++) {
                    store.stageText(sources.get(i), texts.get(i));
                }
                store.apply("import " + sources.size() + " e-mails from " + file.getFileName(), () -> {
                    store.project().getSources().addAll(sources);
                    for (int i = 0; i < sources.size(); i++) {
                        headers(sources.get(i));
                        cases[i] = SenderCase.assign(store.project(), sources.get(i), adding.get(i), options);
                    }
                });
            } catch (RuntimeException e) { // StoreFailure among them: nothing was written
                failure[0] = e;
            }
        });
        for (int i = 0; i < adding.size(); i++) {
            Mail mail = adding.get(i);
            if (failure[0] != null) {
                known.remove(mail.hash());
                outcomes.add(new ImportOutcome(file, Status.FAILED, "e-mail", where(mail.number()) + "was not imported: " + failure[0].getMessage()));
                continue;
            }
            outcomes.add(new ImportOutcome(file, Status.IMPORTED, "e-mail", where(mail.number()) + "\"" + sources.get(i).getName()
                    + "\"" + (mail.sender().isEmpty() ? " with no sender" : " from " + mail.sender()) + "; " + cases[i]
                    + (mail.quoted().isEmpty() ? "" : "; quoted earlier messages kept apart")
                    + (mail.attachments().isEmpty() ? "" : "; " + mail.attachments().size() + " attachment(s)")));
            for (Mail.Attachment attachment : mail.attachments()) {
                outcomes.addAll(new Attachments(store, modelThread, pipeline, heldPipeline,
                        (name, content) -> new MailImport(store, options, modelThread, pipeline, heldPipeline).importHeld(file, name, content))
                        .importOne(file, mail, sources.get(i), attachment));
            }
        }
    }

    /** Fills the message's source, not yet in the project; returns its text. */
    private TextContent fill(TextSource source, Path file, Mail mail) {
        source.setName(uniqueName(mail));
        String fresh = TextNormalizer.normalize(mail.newText());
        String quoted = TextNormalizer.normalize(mail.quoted());
        String text = quoted.isEmpty() ? fresh : fresh.isEmpty() ? quoted : fresh + "\n\n" + quoted;
        int freshLength = fresh.codePointCount(0, fresh.length());
        if (!fresh.isEmpty()) { // a message without new text (only quoted, or nothing) has no empty turn
            source.getTurns().add(Marks.turn(mail.sender(), 0, freshLength));
        }
        if (!quoted.isEmpty()) {
            int start = fresh.isEmpty() ? 0 : freshLength + 2;
            source.getTurns().add(Marks.turn(QUOTED, start, start + quoted.codePointCount(0, quoted.length())));
        }
        source.setLength(text.codePointCount(0, text.length()));
        source.setLanguage(options.language());
        source.setOriginalPath(file.toAbsolutePath().toString());
        source.setStorage(StorageMode.LINKED);
        source.setStoredPath(linkPath(store, file));
        source.setContentHash(mail.hash());
        source.setImportedAt(new Date());
        Map<String, String> metadata = new HashMap<>();
        metadata.put("mediaType", "message/rfc822");
        metadata.put("message", Integer.toString(mail.number()));
        metadata.put("subject", mail.subject() == null ? "" : mail.subject());
        metadata.put("from", mail.from());
        metadata.put(Senders.NAME, mail.senderName() == null ? "" : mail.senderName().strip());
        metadata.put(Senders.ADDRESS, mail.senderAddress() == null ? "" : mail.senderAddress().strip());
        metadata.put("to", mail.to());
        metadata.put("cc", mail.cc());
        metadata.put("date", mail.date() == null ? "" : mail.date().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        source.getImportMetadata().putAll(metadata);
        return TextContent.of(text);
    }

    /** The headers kept in the source's import metadata, as its attributes too (From, To, Cc, Date, Subject). */
    private void headers(TextSource source) {
        for (String header : HEADERS) {
            Attributes.set(store.project(), source, header, source.getImportMetadata().get(header.toLowerCase(Locale.ROOT)));
        }
    }

    /** Subject and date, made unique in the project with a number. */
    private String uniqueName(Mail mail) {
        String subject = mail.subject() == null || mail.subject().isBlank() ? "(no subject)" : mail.subject().strip();
        String base = mail.date() == null ? subject : subject + " (" + WHEN.format(mail.date().toInstant().atZone(ZoneId.systemDefault())) + ")";
        String name = base;
        for (int n = 2; !names.add(key(name)); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    /** The mail file by a path relative to the project, as the importer links a file. */
    static String linkPath(ProjectStore store, Path file) {
        try {
            return store.folder().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toAbsolutePath().toString();
        }
    }

    /** Links an attachment's source to its message's. */
    static ElementLink link(Source message, Source attachment) {
        ElementLink link = F.createElementLink();
        link.setName(ATTACHMENT_LINK);
        link.setDirection(LinkDirection.ONE_WAY);
        link.setOrigin(message);
        link.setTarget(attachment);
        return link;
    }
}
