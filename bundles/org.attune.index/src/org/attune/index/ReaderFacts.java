package org.attune.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;

/**
 * What every search asks of the index that only a new reader changes, worked out once per reader: the stemmed text
 * fields (one per language present, English when the index is empty) and whether anything is coded.
 */
record ReaderFacts(IndexReader reader, List<String> textFields, boolean coded) {
    static final Term CODED = new Term(Documents.KIND, "coding");

    static ReaderFacts of(IndexReader reader) throws IOException {
        Set<String> fields = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            for (FieldInfo info : leaf.reader().getFieldInfos()) {
                if (Analyzers.isTextField(info.name)) {
                    fields.add(info.name);
                }
            }
        }
        return new ReaderFacts(reader, fields.isEmpty() ? List.of(Analyzers.ENGLISH_FIELD) : List.copyOf(fields),
                reader.docFreq(CODED) > 0);
    }
}
