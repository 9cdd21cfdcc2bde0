package org.attune.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.attune.importer.ImportOutcome.Status;
import org.attune.model.AttunePackage;
import org.attune.model.Case;
import org.attune.model.MediaSource;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Adds groups of prepared files to the project, each group as one action of the store (one durable commit, one sync,
 * after the group's copies are on disk under their names), and reports each file once it is on disk. Knows which
 * contents the project holds already and its recordings by name, to link transcripts to them.
 */
final class GroupCommit {
    private final ProjectStore store;
    private final ImportOptions options;
    private final Executor modelThread;
    private final Copies copies;
    private final Map<String, String> knownContent = new ConcurrentHashMap<>();
    /** The project's recordings by lower-case name, so that linking a transcript does not scan every source. */
    private final Map<String, MediaSource> recordings = new ConcurrentHashMap<>();

    GroupCommit(ProjectStore store, ImportOptions options, Executor modelThread, Copies copies) {
        this.store = store;
        this.options = options;
        this.modelThread = modelThread;
        this.copies = copies;
        for (Source source : store.project().getSources()) {
            if (source.getContentHash() != null) {
                knownContent.put(source.getContentHash(), source.getName());
            }
            if (source instanceof MediaSource media) {
                recordings.putIfAbsent(recordingKey(media), media);
            }
        }
    }

    /** The name of the source the project holds with this content (SHA-256), or null; safe on any thread. */
    String twinOf(String hash) {
        return knownContent.get(hash);
    }

    /**
     * Adds the prepared files of {@code group} to the project as one action, so that one durable commit (one
     * sync) serves them all, then reports each, in order: a file is reported imported only once it is on disk. A
     * crash during the action leaves all of the group's files out of the project, none of them in part.
     */
    void commit(List<Prepared> group, List<ImportOutcome> outcomes, ImportProgress progress) {
        if (group.isEmpty()) {
            return;
        }
        ImportOutcome[] outcome = new ImportOutcome[group.size()];
        List<Prepared> adding = new ArrayList<>();
        Map<String, String> inGroup = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            Prepared p = group.get(i);
            if (p.failure() != null) {
                outcome[i] = p.failure();
                continue;
            }
            String twin = knownContent.getOrDefault(p.hash(), inGroup.get(p.hash()));
            if (twin != null) { // the same content came twice in this batch
                copies.delete(p.copied());
                outcome[i] = new ImportOutcome(p.file(), Status.SKIPPED, p.kind(), "it has the same content as \"" + twin + "\", imported already");
                continue;
            }
            inGroup.put(p.hash(), p.source().getName());
            adding.add(p);
        }
        // the copies on disk under their names before the sources that refer to them are committed
        Map<Path, String> notCopied = copies.makeDurable(adding.stream().map(Prepared::copied).filter(c -> c != null).toList());
        for (int i = 0; i < group.size(); i++) {
            Prepared p = group.get(i);
            String why = outcome[i] == null && p.copied() != null ? notCopied.get(p.copied()) : null;
            if (why != null) {
                adding.remove(p);
                copies.delete(p.copied());
                outcome[i] = new ImportOutcome(p.file(), Status.FAILED, p.kind(), why);
            }
        }
        String failure = null;
        if (!adding.isEmpty()) {
            try {
                onModelThread(() -> add(adding));
            } catch (RuntimeException e) { // StoreFailure among them: nothing was written
                failure = "was not imported: " + e.getMessage();
            }
        }
        for (int i = 0, a = 0; i < group.size(); i++) {
            if (outcome[i] != null) {
                continue;
            }
            Prepared p = adding.get(a++);
            if (failure != null) {
                copies.delete(p.copied());
                outcome[i] = new ImportOutcome(p.file(), Status.FAILED, p.kind(), failure);
                continue;
            }
            knownContent.put(p.hash(), p.source().getName());
            if (p.copied() != null) {
                copies.keep(p.copied());
            }
            outcome[i] = new ImportOutcome(p.file(), Status.IMPORTED, p.kind(), p.detail());
        }
        for (ImportOutcome done : outcome) {
            outcomes.add(done);
            progress.done(done);
        }
        group.clear();
    }

    /** The one action that adds prepared sources (and their texts) to the project; then the media links. */
    private void add(List<Prepared> prepared) {
        List<Source> sources = new ArrayList<>();
        for (Prepared p : prepared) {
            if (p.source() instanceof TextSource textSource) {
                store.stageText(textSource, p.text());
                linkSpeakersToCases(textSource);
            }
            sources.add(p.source());
        }
        String label = sources.size() == 1 ? "import " + sources.get(0).getName() : "import " + sources.size() + " files";
        String caseName = options.caseName();
        if (caseName == null || caseName.isBlank()) {
            store.execute(labelled(AddCommand.create(store.editingDomain(), store.project(), AttunePackage.Literals.PROJECT__SOURCES, sources),
                    label));
        } else {
            store.apply(label, () -> {
                store.project().getSources().addAll(sources);
                Case participant = store.project().getCases().stream().filter(c -> caseName.strip().equals(c.getName()))
                        .findFirst().orElseGet(() -> {
                            Case created = SourceParts.F.createCase();
                            created.setName(caseName.strip());
                            store.project().getCases().add(created);
                            return created;
                        });
                participant.getSources().addAll(sources);
            });
        }
        for (Source source : sources) {
            if (source instanceof MediaSource media) {
                recordings.putIfAbsent(recordingKey(media), media);
            }
        }
        for (Source source : sources) {
            if (source instanceof TextSource textSource && options.linkMedia()) {
                linkToRecording(textSource);
            }
        }
    }

    /** Links a transcript to the recording with the same base name, as a second action. */
    private void linkToRecording(TextSource text) {
        MediaSource media = recordings.get(text.getName().toLowerCase(Locale.ROOT));
        if (media != null && media.eContainer() == store.project()) { // not deleted meanwhile
            store.execute(labelled(SetCommand.create(store.editingDomain(), text, AttunePackage.Literals.TEXT_SOURCE__MEDIA, media),
                    "link " + text.getName() + " to " + media.getName()));
        }
    }

    private static String recordingKey(MediaSource media) {
        return media.getName() == null ? "" : media.getName().toLowerCase(Locale.ROOT);
    }

    /** EMF's commands are labelled "Add", "Set": the label names the action in Undo and in a failure's message. */
    private static Command labelled(Command command, String label) {
        if (command instanceof AbstractCommand named) {
            named.setLabel(label);
        }
        return command;
    }

    /** Links each turn whose speaker is the name of a case (a participant) to that case, before adding. */
    private void linkSpeakersToCases(TextSource source) {
        for (SpeakerTurn turn : source.getTurns()) {
            for (Case participant : store.project().getCases()) {
                if (participant.getName() != null && participant.getName().equalsIgnoreCase(turn.getSpeaker().strip())) {
                    turn.setCase(participant);
                    break;
                }
            }
        }
    }

    private void onModelThread(Runnable change) {
        RuntimeException[] failure = new RuntimeException[1];
        modelThread.execute(() -> {
            try {
                change.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
