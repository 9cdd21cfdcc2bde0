package org.attune.index;

import static org.attune.index.Documents.CASE_ID;
import static org.attune.index.Documents.CODE_ID;
import static org.attune.index.Documents.ELEMENT_KEY;
import static org.attune.index.Documents.SOURCE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.attune.model.Case;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;

/**
 * Knows what is indexed (a fingerprint of each transcript, code, memo and case, by id) and plans the index updates
 * that bring it in step with the model: the documents are built from the model when planned (EMF objects are read
 * on the thread that changes them only), applied later on the follower's thread. Not thread-safe: the follower
 * calls it under its own lock.
 */
final class UpdatePlanner {
    /** The fingerprints of what the store holds, by id: transcripts (what is always in memory), codes, memos, cases. */
    record Fingerprints(Map<String, String> sources, Map<String, String> codes, Map<String, String> memos, Map<String, String> cases) {
    }

    private final ProjectStore store;
    private final IndexLookups lookups;
    private final Map<String, String> sources = new HashMap<>();
    private final Map<String, String> lazySources = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, String> memos = new HashMap<>();
    private final Map<String, String> cases = new HashMap<>();

    UpdatePlanner(ProjectStore store, IndexLookups lookups) {
        this.store = store;
        this.lookups = lookups;
    }

    /** The fingerprints of what the store holds now. */
    Fingerprints storeNow() {
        Map<String, String> codesNow = new HashMap<>();
        ProjectContent.allCodes(store).forEach(c -> codesNow.put(c.getId(), Documents.fingerprint(c)));
        Map<String, String> memosNow = new HashMap<>();
        store.project().getMemos().forEach(m -> memosNow.put(m.getId(), Documents.fingerprint(m)));
        Map<String, String> casesNow = new HashMap<>();
        store.project().getCases().forEach(c -> casesNow.put(c.getId(), Documents.fingerprint(c)));
        Map<String, String> sourcesNow = new HashMap<>();
        ProjectContent.textSources(store).forEach(s -> sourcesNow.put(s.getId(), Documents.fingerprint(s)));
        return new Fingerprints(sourcesNow, codesNow, memosNow, casesNow);
    }

    /** Takes note of the store's state, as indexed (after a rebuild) or found in step with the index. */
    void remember(Fingerprints indexed) {
        for (Map<String, String> part : List.of(sources, codes, memos, cases)) {
            part.clear();
        }
        sources.putAll(indexed.sources());
        codes.putAll(indexed.codes());
        memos.putAll(indexed.memos());
        cases.putAll(indexed.cases());
    }

    /** Forgets the fingerprints of the codings (read when a transcript is opened) of every transcript. */
    void forgetLazy() {
        lazySources.clear();
    }

    /** Notes what a rebuild indexed of a transcript's codings. */
    void indexedLazy(String sourceId, String fingerprint) {
        lazySources.put(sourceId, fingerprint);
    }

    /** Identifies what is indexed (see {@link IndexFollower#signature}). */
    String signature() {
        StringBuilder b = new StringBuilder();
        for (Map<String, String> part : List.of(sources, codes, memos, cases)) {
            b.append(new TreeSet<>(part.values())).append(';');
        }
        return Documents.hash(b.append(store.summary().codings()));
    }

    /** The updates for what {@code changes} (the actions since the last plan) changed, read from the model. */
    List<IndexFollower.Update> plan(ChangeCollector.Changes changes) {
        List<IndexFollower.Update> updates = new ArrayList<>();
        Map<String, TextSource> current = new LinkedHashMap<>();
        ProjectContent.textSources(store).forEach(s -> current.put(s.getId(), s));
        for (String gone : new ArrayList<>(sources.keySet())) {
            if (!current.containsKey(gone)) {
                updates.add(w -> w.deleteDocuments(new Term(SOURCE, gone)));
                sources.remove(gone);
                lazySources.remove(gone);
            }
        }
        Set<String> force = new HashSet<>();
        Set<String> check = new HashSet<>(changes.sources());
        for (TextSource source : current.values()) {
            boolean candidate = changes.folders() || check.contains(source.getId()) || !sources.containsKey(source.getId());
            if (candidate && !Documents.fingerprint(source).equals(sources.get(source.getId()))) {
                force.add(source.getId());
            }
        }
        String language = ProjectContent.mainLanguage(store);
        if (changes.codes()) {
            Set<String> changedIds = syncElements(ProjectContent.allCodes(store), codes, Documents::fingerprint,
                    c -> Documents.of(c, language), updates);
            force.addAll(lookups.sourcesWith(CODE_ID, changedIds)); // their codings name the code's path
        }
        if (changes.memos()) {
            syncElements(store.project().getMemos(), memos, Documents::fingerprint, m -> Documents.of(m, language), updates);
        }
        if (changes.cases()) {
            syncCases(force);
        }
        check.addAll(force);
        for (String id : check) {
            TextSource source = current.get(id);
            if (source != null && (force.contains(id) || lazyChanged(source))) {
                updates.add(index(source));
                sources.put(id, Documents.fingerprint(source));
            }
        }
        return updates;
    }

    /** The documents of a transcript, read now, to replace those indexed. */
    private IndexFollower.Update index(TextSource source) {
        store.load(source);
        String text = store.text(source);
        List<Document> documents = text == null ? List.of() : Documents.of(source, text);
        String id = source.getId();
        lazySources.put(id, Documents.lazyFingerprint(source));
        return w -> {
            w.deleteDocuments(new Term(SOURCE, id));
            w.addDocuments(documents);
        };
    }

    private boolean lazyChanged(TextSource source) {
        store.load(source);
        String indexed = lazySources.computeIfAbsent(source.getId(), lookups::lazyFingerprint);
        return !Documents.lazyFingerprint(source).equals(indexed);
    }

    /**
     * Plans updates for the elements (codes or memos) whose fingerprint changed, and deletions for those gone;
     * returns the ids of both.
     */
    private static <E extends org.attune.model.Element> Set<String> syncElements(List<E> elements, Map<String, String> indexed,
            Function<E, String> fingerprints, Function<E, Document> document, List<IndexFollower.Update> updates) {
        Set<String> now = new HashSet<>();
        Set<String> changedIds = new HashSet<>();
        for (E element : elements) {
            String id = element.getId();
            now.add(id);
            String fingerprint = fingerprints.apply(element);
            if (!fingerprint.equals(indexed.put(id, fingerprint))) {
                Document d = document.apply(element);
                updates.add(w -> w.updateDocument(new Term(ELEMENT_KEY, id), d));
                changedIds.add(id);
            }
        }
        for (String gone : new ArrayList<>(indexed.keySet())) {
            if (!now.contains(gone)) {
                updates.add(w -> w.deleteDocuments(new Term(ELEMENT_KEY, gone)));
                indexed.remove(gone);
                changedIds.add(gone);
            }
        }
        return changedIds;
    }

    /** Transcripts whose turns belong to a changed case (name, role, attributes) are re-indexed. */
    private void syncCases(Set<String> force) {
        Set<String> changedIds = new HashSet<>();
        Set<String> now = new HashSet<>();
        for (Case c : store.project().getCases()) {
            now.add(c.getId());
            String fingerprint = Documents.fingerprint(c);
            if (!fingerprint.equals(cases.put(c.getId(), fingerprint))) {
                changedIds.add(c.getId());
                c.getSources().forEach(s -> force.add(s.getId()));
            }
        }
        cases.keySet().removeIf(id -> !now.contains(id) && changedIds.add(id));
        force.addAll(lookups.sourcesWith(CASE_ID, changedIds));
    }
}
