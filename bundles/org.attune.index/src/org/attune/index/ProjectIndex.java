package org.attune.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.attune.model.Case;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * The project's Lucene index: each speaker turn (or paragraph) of each transcript is a document, with its
 * source, speaker, cases and time. The index lives in {@value #DIR}/ and can always be rebuilt from the store;
 * it is rebuilt when missing, unreadable or out of step, and follows every committed action. For an encrypted
 * project it is kept in memory only, so that no plaintext reaches the disk.
 */
public final class ProjectIndex implements AutoCloseable {
    public static final String DIR = "index";
    static final String UNIT_ID = "unit";
    static final String SOURCE = "sourceId";
    static final String SOURCE_NAME = "source";
    static final String SPEAKER = "speaker";
    static final String TEXT = "text";
    static final String EXACT = "exact";
    static final String CASE = "case";
    static final String ROLE = "case.role";
    static final String START = "start";
    static final String TIME = "time";
    /** The unit's time codes as "offset:ms" pairs (offsets relative to the unit), to time each hit. */
    static final String SYNCS = "syncs";
    static final String SIGNATURE = "attune.sources";
    private static final int CONTEXT = 40;

    private static final FieldType STORED_WITH_OFFSETS = offsets(TextField.TYPE_STORED);
    private static final FieldType OFFSETS_ONLY = offsets(TextField.TYPE_NOT_STORED);

    private final ProjectStore store;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Set<String> indexed = new HashSet<>();
    private final CommandStackListener follower = event -> syncQuietly();
    private final boolean rebuilt;

    private ProjectIndex(ProjectStore store, Directory directory, IndexWriter writer, boolean rebuilt) throws IOException {
        this.store = store;
        this.directory = directory;
        this.analyzer = writer.getAnalyzer();
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.rebuilt = rebuilt;
    }

    private static FieldType offsets(FieldType base) {
        FieldType type = new FieldType(base);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Stemmed English for recall in {@code text}; exact words in {@code exact}; plain words elsewhere. */
    static Analyzer analyzer() {
        Analyzer plain = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
                Map.of(EXACT, plain, SPEAKER, plain, SOURCE_NAME, plain, CASE, plain, ROLE, plain));
    }

    /** Opens (and when needed rebuilds) the index of an open project; it then follows the project's actions. */
    public static ProjectIndex open(ProjectStore store) throws IOException {
        Directory directory = store.isEncrypted() ? new ByteBuffersDirectory() : FSDirectory.open(store.folder().resolve(DIR));
        IndexWriter writer;
        boolean fresh = false;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer()));
        } catch (IOException | RuntimeException damaged) { // a corrupt or foreign index: start again from the store
            directory.close();
            deleteTree(store.folder().resolve(DIR));
            directory = FSDirectory.open(store.folder().resolve(DIR));
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer()));
            fresh = true;
        }
        String stored = writer.getLiveCommitData() == null ? null : stream(writer.getLiveCommitData()).get(SIGNATURE);
        boolean stale = fresh || !signature(store).equals(stored);
        ProjectIndex index = new ProjectIndex(store, directory, writer, stale);
        if (stale) {
            index.rebuild();
        } else {
            index.indexed.addAll(textSources(store).stream().map(Source::getId).toList());
        }
        store.editingDomain().getCommandStack().addCommandStackListener(index.follower);
        return index;
    }

    private static Map<String, String> stream(Iterable<Map.Entry<String, String>> data) {
        Map<String, String> map = new TreeMap<>();
        data.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    /** Whether opening found the index missing, damaged or out of step and rebuilt it. */
    public boolean wasRebuilt() {
        return rebuilt;
    }

    /** Indexes every transcript anew. */
    public void rebuild() throws IOException {
        writer.deleteAll();
        indexed.clear();
        for (TextSource source : textSources(store)) {
            index(source);
        }
        commit();
    }

    /** Adds transcripts new to the project and drops removed ones; called after every committed action. */
    public void sync() throws IOException {
        Set<String> current = new HashSet<>();
        boolean changed = false;
        for (TextSource source : textSources(store)) {
            current.add(source.getId());
            if (!indexed.contains(source.getId())) {
                index(source);
                changed = true;
            }
        }
        for (String gone : new ArrayList<>(indexed)) {
            if (!current.contains(gone)) {
                writer.deleteDocuments(new Term(SOURCE, gone));
                indexed.remove(gone);
                changed = true;
            }
        }
        if (changed) {
            commit();
        }
    }

    private void syncQuietly() {
        try {
            sync();
        } catch (IOException e) {
            throw new IllegalStateException("the search index of " + store.folder() + " could not follow a change; "
                    + "it will be rebuilt when the project is opened again", e);
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SIGNATURE, signature(store)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Identifies the indexed content: transcript ids and lengths. Texts never change after import. */
    static String signature(ProjectStore store) {
        return textSources(store).stream().map(s -> s.getId() + ":" + s.getLength()).sorted().collect(Collectors.joining(","));
    }

    private static List<TextSource> textSources(ProjectStore store) {
        return store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
                .filter(s -> s.getId() != null).toList();
    }

    private void index(TextSource source) throws IOException {
        store.load(source);
        String text = store.text(source);
        if (text == null) {
            return;
        }
        List<int[]> units = new ArrayList<>(); // code point start, end, turn index or -1
        if (!source.getTurns().isEmpty()) {
            for (int t = 0; t < source.getTurns().size(); t++) {
                SpeakerTurn turn = source.getTurns().get(t);
                units.add(new int[] {turn.getStart(), turn.getEnd(), t});
            }
        } else {
            int start = 0;
            for (String paragraph : text.split("\n", -1)) {
                int length = paragraph.codePointCount(0, paragraph.length());
                if (!paragraph.isBlank()) {
                    units.add(new int[] {start, start + length, -1});
                }
                start += length + 1;
            }
        }
        List<Document> documents = new ArrayList<>();
        int charAt = 0; // char index of code point 'pointAt': units come in order, so walk on instead of from 0
        int pointAt = 0;
        for (int[] unit : units) {
            if (unit[0] < pointAt) {
                charAt = 0;
                pointAt = 0;
            }
            int from = text.offsetByCodePoints(charAt, unit[0] - pointAt);
            int to = text.offsetByCodePoints(from, unit[1] - unit[0]);
            charAt = to;
            pointAt = unit[1];
            String unitText = text.substring(from, to);
            Document doc = new Document();
            doc.add(new StringField(UNIT_ID, source.getId() + "#" + unit[0], Field.Store.YES));
            doc.add(new StringField(SOURCE, source.getId(), Field.Store.YES));
            doc.add(new TextField(SOURCE_NAME, source.getName(), Field.Store.YES));
            doc.add(new Field(TEXT, unitText, STORED_WITH_OFFSETS));
            doc.add(new Field(EXACT, unitText, OFFSETS_ONLY));
            doc.add(new StoredField(START, unit[0]));
            doc.add(new StoredField(TIME, timeAt(source, unit[0])));
            doc.add(new StoredField(SYNCS, source.getSyncPoints().stream()
                    .filter(p -> p.getOffset() > unit[0] && p.getOffset() < unit[1])
                    .map(p -> (p.getOffset() - unit[0]) + ":" + p.getTimeMs()).collect(Collectors.joining(","))));
            SpeakerTurn turn = unit[2] >= 0 ? source.getTurns().get(unit[2]) : null;
            if (turn != null) {
                doc.add(new TextField(SPEAKER, turn.getSpeaker(), Field.Store.YES));
            }
            List<Case> cases = new ArrayList<>(source.getCases());
            if (turn != null && turn.getCase() != null) {
                cases = List.of(turn.getCase()); // the turn's own participant is more precise than the source's
            }
            for (Case c : cases) {
                doc.add(new TextField(CASE, c.getName() == null ? "" : c.getName(), Field.Store.NO));
                if (c.getRole() != null) {
                    doc.add(new TextField(ROLE, c.getRole(), Field.Store.NO));
                }
            }
            documents.add(doc);
        }
        writer.deleteDocuments(new Term(SOURCE, source.getId()));
        writer.addDocuments(documents);
        indexed.add(source.getId());
    }

    /** The time of the last sync point at or before {@code offset}, or -1 for an unsynced transcript. */
    private static long timeAt(TextSource source, int offset) {
        return source.getSyncPoints().stream().filter(p -> p.getOffset() <= offset)
                .max(Comparator.comparingInt(SyncPoint::getOffset)).map(SyncPoint::getTimeMs).orElse(-1L);
    }

    /**
     * Searches with Lucene's query syntax (docs/search.md): words, "phrases", wild*cards, fuzzy~, "near
     * words"~5, AND/OR/NOT, and fields speaker:, source:, case:, case.role:, exact:. Each match is a hit.
     */
    public List<SearchHit> search(String queryText, int limit) throws SearchSyntaxException, IOException {
        Query query;
        try {
            QueryParser parser = new QueryParser(TEXT, analyzer);
            parser.setAllowLeadingWildcard(true);
            query = parser.parse(queryText);
        } catch (ParseException | RuntimeException e) {
            throw new SearchSyntaxException("cannot read the query [" + queryText + "]: " + explain(queryText, e), e);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Query rewritten = searcher.rewrite(query);
            Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : searcher.search(rewritten, Math.max(1, limit)).scoreDocs) { // rewritten once: wildcards are costly
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
                Document doc = searcher.storedFields().document(scoreDoc.doc);
                Matches matches = weight.matches(leaf, scoreDoc.doc - leaf.docBase);
                int before = hits.size();
                for (String field : List.of(TEXT, EXACT)) {
                    MatchesIterator it = matches == null ? null : matches.getMatches(field);
                    while (it != null && it.next() && hits.size() < limit) {
                        if (it.startOffset() >= 0) {
                            hits.add(hit(doc, it.startOffset(), it.endOffset()));
                        }
                    }
                }
                if (hits.size() == before && hits.size() < limit) {
                    hits.add(hit(doc, 0, 0)); // matched on speaker, source or case: the unit itself is the hit
                }
                if (hits.size() >= limit) {
                    break;
                }
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Says what is wrong in words a researcher knows; Lucene's own message otherwise. */
    private static String explain(String query, Exception e) {
        if (query.chars().filter(c -> c == '"').count() % 2 == 1) {
            return "a quotation mark is not closed";
        }
        long open = query.chars().filter(c -> c == '(').count();
        long close = query.chars().filter(c -> c == ')').count();
        if (open != close) {
            return open > close ? "a bracket is not closed" : "a bracket is closed that was not opened";
        }
        if (query.strip().matches("(?i).*\\b(AND|OR|NOT)$") || query.strip().matches("(?i)^(AND|OR)\\b.*")) {
            return "AND, OR and NOT need words on both sides";
        }
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return first.replaceFirst("^Cannot parse '.*?': ", "");
    }

    private static SearchHit hit(Document doc, int startChar, int endChar) {
        String text = doc.get(TEXT);
        int unitStart = doc.getField(START).numericValue().intValue();
        int start = unitStart + text.codePointCount(0, startChar);
        int end = unitStart + text.codePointCount(0, endChar);
        String before = text.substring(Math.max(0, startChar - CONTEXT), startChar);
        String after = text.substring(endChar, Math.min(text.length(), endChar + CONTEXT));
        if (startChar == endChar) { // no word matched: show the unit's start
            after = text.substring(0, Math.min(text.length(), 2 * CONTEXT));
        }
        int unitEnd = unitStart + text.codePointCount(0, text.length());
        if (startChar == endChar) { // the whole unit is the hit
            start = unitStart;
            end = unitEnd;
        }
        return new SearchHit(doc.get(SOURCE), doc.get(SOURCE_NAME), doc.get(SPEAKER), start, end, unitStart, unitEnd,
                timeOfHit(doc, start - unitStart), oneLine(before), oneLine(text.substring(startChar, endChar)), oneLine(after));
    }

    /** The last time code at or before the hit within its unit, else the time in force at the unit's start. */
    private static long timeOfHit(Document doc, int offsetInUnit) {
        long time = doc.getField(TIME).numericValue().longValue();
        String syncs = doc.get(SYNCS);
        if (syncs != null && !syncs.isEmpty()) {
            for (String pair : syncs.split(",")) {
                int colon = pair.indexOf(':');
                if (Integer.parseInt(pair.substring(0, colon)) <= offsetInUnit) {
                    time = Long.parseLong(pair.substring(colon + 1));
                }
            }
        }
        return time;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }

    @Override
    public void close() throws IOException {
        store.editingDomain().getCommandStack().removeCommandStackListener(follower);
        searchers.close();
        writer.close();
        directory.close();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
