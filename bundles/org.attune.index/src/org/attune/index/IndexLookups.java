package org.attune.index;

import static org.attune.index.Documents.FINGERPRINT;
import static org.attune.index.Documents.KIND;
import static org.attune.index.Documents.SOURCE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What the index holds, asked by the follower while it plans: read through the index's near-real-time readers once
 * every batch planned before is in ({@link FollowerQueue#waitForAll}).
 */
final class IndexLookups {
    private final FollowerQueue queue;
    private final IndexFollower.Target target;
    private final Path folder;

    IndexLookups(FollowerQueue queue, IndexFollower.Target target, Path folder) {
        this.queue = queue;
        this.target = target;
        this.folder = folder;
    }

    /** The fingerprint of a transcript's codings as indexed; "" when unknown (the transcript is indexed again). */
    String lazyFingerprint(String sourceId) {
        queue.waitForAll(); // what was planned before is in the index
        try {
            SearcherManager searchers = target.searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                Query unit = new BooleanQuery.Builder().add(new TermQuery(new Term(SOURCE, sourceId)), Occur.FILTER)
                        .add(new TermQuery(new Term(KIND, "unit")), Occur.FILTER).build();
                ScoreDoc[] top = searcher.search(unit, 1).scoreDocs;
                return top.length == 0 ? "" : searcher.storedFields().document(top[0].doc).get(FINGERPRINT);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The transcripts with a document whose {@code field} holds one of {@code ids}, once what was planned is in. */
    Set<String> sourcesWith(String field, Set<String> ids) {
        Set<String> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        queue.waitForAll();
        try {
            SearcherManager searchers = target.searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                Query any = new TermInSetQuery(field, ids.stream().map(BytesRef::new).toList());
                Weight weight = searcher.createWeight(searcher.rewrite(any), ScoreMode.COMPLETE_NO_SCORES, 1f);
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    Scorer scorer = weight.scorer(leaf);
                    Bits live = leaf.reader().getLiveDocs();
                    StoredFields stored = leaf.reader().storedFields();
                    DocIdSetIterator docs = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
                    for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                        String source = live == null || live.get(d) ? stored.document(d, Set.of(SOURCE)).get(SOURCE) : null;
                        if (source != null) {
                            found.add(source);
                        }
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the search index of " + folder + " cannot be read", e);
        }
        return found;
    }
}
