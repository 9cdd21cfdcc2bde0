package org.attune.index;

import static org.attune.index.Documents.FINGERPRINT;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.attune.model.Code;
import org.attune.model.Memo;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes the documents of the whole project into an emptied index, as a rebuild does: each transcript's units and
 * coded stretches (telling the follower what it indexed of their codings), then each code's definition and each
 * memo. When and under which locks, and the commit, are {@link ProjectIndex}'s.
 */
record WholeProject(ProjectStore store, IndexFollower follower, IndexWriter writer) {
    /**
     * From this many transcripts a rebuild adds documents from one thread per core while this thread reads the
     * store; smaller projects are indexed here, in the store's order (threads would cost more than they save).
     */
    private static final int PARALLEL_FROM = 100;

    /** Adds the documents of the transcripts {@code all}, then of every code and memo; one unit of progress a transcript. */
    void add(List<TextSource> all, SubMonitor progress) throws IOException {
        int threads = ProjectIndex.indexingThreads();
        try (ParallelAdding adding = all.size() >= PARALLEL_FROM && threads > 1 ? new ParallelAdding(writer, threads) : null) {
            for (TextSource source : all) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.subTask(source.getName());
                store.load(source);
                String text = store.text(source);
                List<Document> documents = text == null ? List.of() : Documents.of(source, text);
                if (adding == null) {
                    writer.addDocuments(documents);
                } else if (!documents.isEmpty()) {
                    adding.add(documents);
                }
                // the first unit holds it (computed once: it hashes every turn and coding)
                String unitsFingerprint = documents.isEmpty() ? null : documents.get(0).get(FINGERPRINT);
                follower.indexedLazy(source.getId(), unitsFingerprint != null ? unitsFingerprint : Documents.lazyFingerprint(source));
                progress.worked(1);
            }
            if (adding != null) {
                adding.finish();
            }
        }
        String language = ProjectContent.mainLanguage(store);
        for (Code code : ProjectContent.allCodes(store)) {
            writer.addDocument(Documents.of(code, language));
        }
        for (Memo memo : store.project().getMemos()) {
            writer.addDocument(Documents.of(memo, language));
        }
    }
}
