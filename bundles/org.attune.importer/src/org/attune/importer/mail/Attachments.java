package org.attune.importer.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.attune.core.IoProblems;
import org.attune.importer.ImportOutcome;
import org.attune.importer.Importer;
import org.attune.importer.ImportOutcome.Status;
import org.attune.model.Source;
import org.attune.store.ContentHash;
import org.attune.store.ProjectStore;

/**
 * Imports a message's attachment through the normal pipeline (a docx becomes a transcript, a photo a picture),
 * copied into the project from a temporary file, and links it to the message; an attachment imported already
 * (same content) is linked as it is. An encrypted project keeps no unencrypted copy, not even a temporary one: there
 * an attachment is read from memory and copied encrypted ({@link Importer#importHeld}: documents, pictures and
 * recordings), a forwarded message read from memory ({@link MailImport#importHeld}); subtitles and ELAN files stay
 * in the mail file and are reported not imported.
 */
final class Attachments {
    private final ProjectStore store;
    private final Executor modelThread;
    private final Function<Path, List<ImportOutcome>> pipeline;
    private final BiFunction<Path, byte[], ImportOutcome> heldPipeline;
    private final BiFunction<Path, byte[], List<ImportOutcome>> heldMessage;

    /**
     * @param heldPipeline imports a document, recording or picture held in memory only (an encrypted project's)
     * @param heldMessage imports a forwarded message held in memory only (an encrypted project's)
     */
    Attachments(ProjectStore store, Executor modelThread, Function<Path, List<ImportOutcome>> pipeline,
            BiFunction<Path, byte[], ImportOutcome> heldPipeline, BiFunction<Path, byte[], List<ImportOutcome>> heldMessage) {
        this.store = store;
        this.modelThread = modelThread;
        this.pipeline = pipeline;
        this.heldPipeline = heldPipeline;
        this.heldMessage = heldMessage;
    }

    /** The attachment's outcome (a forwarded message's: one per message and attachment in it). */
    List<ImportOutcome> importOne(Path mailFile, Mail mail, Source message, Mail.Attachment attachment) {
        String what = "message " + mail.number() + ", attachment \"" + attachment.fileName() + "\": ";
        Path folder = null;
        try {
            List<ImportOutcome> outcomes;
            Path named = Path.of(safeName(attachment.fileName()));
            if (store.isEncrypted() && MailImport.handles(named)) { // a forwarded message, read from memory
                outcomes = heldMessage.apply(named, attachment.content());
            } else if (store.isEncrypted()) { // no plaintext copy on disk, not even a temporary one: read from memory
                outcomes = List.of(heldPipeline.apply(named, attachment.content()));
            } else {
                folder = Files.createTempDirectory("attune-attachment");
                Path file = folder.resolve(named);
                Files.write(file, attachment.content());
                outcomes = pipeline.apply(file);
            }
            ImportOutcome outcome = outcomes.get(0);
            String hash = ContentHash.sha256(attachment.content());
            boolean linked = outcome.status() != Status.FAILED && !outcome.detail().endsWith(Importer.STAYS_IN_MAIL);
            if (linked) {
                link(message, hash, outcome.status() == Status.IMPORTED ? mailFile : null, mail.number());
            }
            List<ImportOutcome> reported = new ArrayList<>();
            reported.add(new ImportOutcome(mailFile, outcome.status(), outcome.kind(), what + outcome.detail()
                    + (linked ? "; linked to \"" + message.getName() + "\"" : "")));
            outcomes.subList(1, outcomes.size()).forEach(o -> reported.add(new ImportOutcome(mailFile, o.status(), o.kind(), what + o.detail())));
            return reported;
        } catch (IOException e) {
            return List.of(new ImportOutcome(mailFile, Status.FAILED, "attachment", what + "cannot be written to a temporary file ("
                    + IoProblems.reason(e) + ")"));
        } finally {
            delete(folder);
        }
    }

    /** Links the attachment to the message; one imported just now ({@code mailFile} not null) names where it came from. */
    private void link(Source message, String hash, Path mailFile, int number) {
        modelThread.execute(() -> store.project().getSources().stream().filter(s -> hash.equals(s.getContentHash())).findFirst()
                .ifPresent(attachment -> store.apply("link " + attachment.getName() + " to " + message.getName(), () -> {
                    store.project().getLinks().add(MailImport.link(message, attachment));
                    if (mailFile != null) {
                        attachment.setOriginalPath(mailFile.toAbsolutePath().toString());
                        if (attachment.getStorage() == org.attune.model.StorageMode.LINKED) { // a forwarded message: its temporary file is gone
                            attachment.setStoredPath(MailImport.linkPath(store, mailFile));
                        }
                        attachment.getImportMetadata().put("attachmentOf", message.getName());
                        attachment.getImportMetadata().put("message", Integer.toString(number));
                    }
                })));
    }

    /** The attachment's own name, without folders or characters no file system takes. */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = "attachment";
        }
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind harms nothing
        }
    }
}
