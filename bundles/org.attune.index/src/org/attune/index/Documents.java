package org.attune.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.attune.model.AttributeValue;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.model.SourceFolder;
import org.attune.model.SpeakerTurn;
import org.attune.model.SyncPoint;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.text.Speakers;
import org.attune.model.text.TextUnit;
import org.attune.model.text.TextUnits;

/**
 * The Lucene documents of the project: a transcript's units (speaker turns or paragraphs), its codings (the coded
 * text with the code's path), memos and code definitions; and the fingerprints that tell when one is out of date.
 */
final class Documents {
    static final String KIND = "kind";
    /** Stored: the id of what a hit is in (coding, memo or code). */
    static final String ELEMENT = "element";
    /** Indexed: the id of a memo or code, to replace its document (a transcript's stretches are replaced by source). */
    static final String ELEMENT_KEY = "elementKey";
    static final String SOURCE = "sourceId";
    static final String SOURCE_NAME = "source";
    static final String FOLDER = "folder";
    static final String SPEAKER = "speaker";
    static final String BODY = "body";
    static final String CASE = "case";
    static final String CASE_ID = "caseId";
    static final String CASE_PREFIX = "case.";
    static final String ROLE = "case.role";
    static final String CODE = "code";
    static final String CODE_ID = "codeId";
    static final String TITLE = "title";
    static final String START = "start";
    static final String TIME = "time";
    /** The unit's time codes as "offset:ms" pairs (offsets relative to the unit), to time each hit. */
    static final String SYNCS = "syncs";
    /** On a transcript's units: what its turns and codings were when indexed (see {@link #lazyFingerprint}). */
    static final String FINGERPRINT = "fingerprint";

    private Documents() {
    }

    /** A field name for a case attribute: {@code case.} and the name lower-cased, other than letters and digits as _. */
    static String attributeField(String attribute) {
        return CASE_PREFIX + fieldName(attribute);
    }

    /** A field name for a source attribute: {@code source.} and the name as {@link #attributeField} writes it ({@code source.from}). */
    static String sourceAttributeField(String attribute) {
        return org.attune.model.attributes.Attributes.SOURCE_PREFIX + fieldName(attribute);
    }

    private static String fieldName(String attribute) {
        return attribute.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
    }

    /** The units and coded stretches of one transcript, whose text, turns, sync points and codings are loaded. */
    static List<Document> of(TextSource source, String text) {
        String fingerprint = lazyFingerprint(source);
        Layout layout = new Layout(source);
        List<Document> documents = new ArrayList<>();
        int charAt = 0; // char index of code point 'pointAt': units come in order, so walk on instead of from 0
        int pointAt = 0;
        for (TextUnit unit : TextUnits.of(source, text)) {
            if (unit.start() < pointAt) {
                charAt = 0;
                pointAt = 0;
            }
            int from = text.offsetByCodePoints(charAt, unit.start() - pointAt);
            int to = text.offsetByCodePoints(from, unit.end() - unit.start());
            charAt = to;
            pointAt = unit.end();
            Document doc = stretch(HitKind.UNIT, layout, source.getId() + "#" + unit.start(), text.substring(from, to), unit.start(),
                    unit.end(), unit.turn());
            if (documents.isEmpty()) { // read back from the first unit only (see ProjectIndex.indexedLazyFingerprint)
                doc.add(new StoredField(FINGERPRINT, fingerprint));
            }
            documents.add(doc);
        }
        for (Coding coding : source.getCodings()) {
            if (coding.getSelection() instanceof TextSelection s && coding.getCode() != null && s.getEnd() <= source.getLength()
                    && s.getStart() < s.getEnd()) {
                String coded = text.substring(text.offsetByCodePoints(0, s.getStart()), text.offsetByCodePoints(0, s.getEnd()));
                Document doc = stretch(HitKind.CODING, layout, coding.getId(), coded, s.getStart(), s.getEnd(),
                        layout.turnAt(s.getStart()));
                doc.add(new TextField(CODE, coding.getCode().path(), Field.Store.YES));
                doc.add(new StringField(CODE_ID, coding.getCode().getId(), Field.Store.NO));
                documents.add(doc);
            }
        }
        return documents;
    }

    /**
     * What every stretch of one transcript looks up, computed once per transcript: the cases of turns without a case
     * (see {@link Speakers#casesOf}), the turns and the sync points in order.
     */
    private static final class Layout {
        final TextSource source;
        final List<Case> unlinked;
        final List<SpeakerTurn> turns;
        /** Whether the turns follow one another without overlapping, so that a binary search finds a turn. */
        final boolean inOrder;
        final int[] syncOffsets;
        final long[] syncTimes;

        Layout(TextSource source) {
            this.source = source;
            unlinked = Speakers.casesOf(source, null);
            turns = source.getTurns();
            boolean ordered = true;
            for (int t = 1; t < turns.size() && ordered; t++) {
                ordered = turns.get(t - 1).getEnd() <= turns.get(t).getStart();
            }
            inOrder = ordered;
            List<SyncPoint> syncs = source.getSyncPoints().stream().sorted(Comparator.comparingInt(SyncPoint::getOffset)).toList();
            syncOffsets = syncs.stream().mapToInt(SyncPoint::getOffset).toArray();
            syncTimes = syncs.stream().mapToLong(SyncPoint::getTimeMs).toArray();
        }

        List<Case> casesOf(SpeakerTurn turn) {
            return turn != null && turn.getCase() != null ? List.of(turn.getCase()) : unlinked;
        }

        /** The turn holding {@code offset}, as {@link Speakers#turnAt} finds it, or null. */
        SpeakerTurn turnAt(int offset) {
            if (!inOrder) {
                return Speakers.turnAt(source, offset);
            }
            int low = 0;
            int high = turns.size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                SpeakerTurn turn = turns.get(mid);
                if (offset < turn.getStart()) {
                    high = mid - 1;
                } else if (offset >= turn.getEnd()) {
                    low = mid + 1;
                } else {
                    return turn;
                }
            }
            return null;
        }

        /** Index of the first sync point with an offset greater than {@code offset}. */
        int syncAfter(int offset) {
            int low = 0;
            int high = syncOffsets.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (syncOffsets[mid] <= offset) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        /** The time of the last sync point at or before {@code offset}, or -1 for an unsynced transcript. */
        long timeAt(int offset) {
            int i = syncAfter(offset);
            return i == 0 ? -1 : syncTimes[i - 1];
        }

        /** The time codes strictly inside (start, end) as "offset:ms" pairs relative to start. */
        String syncsWithin(int start, int end) {
            StringBuilder b = new StringBuilder();
            for (int i = syncAfter(start); i < syncOffsets.length && syncOffsets[i] < end; i++) {
                b.append(b.isEmpty() ? "" : ",").append(syncOffsets[i] - start).append(':').append(syncTimes[i]);
            }
            return b.toString();
        }
    }

    /** A stretch of a transcript: its words, where it is, who speaks, the cases, folder and time. */
    private static Document stretch(HitKind kind, Layout layout, String id, String words, int start, int end, SpeakerTurn turn) {
        TextSource source = layout.source;
        Document doc = new Document();
        doc.add(new StringField(KIND, kind.name().toLowerCase(Locale.ROOT), Field.Store.YES)); // one lower-case word
        doc.add(new StoredField(ELEMENT, id));
        doc.add(new StringField(SOURCE, source.getId(), Field.Store.YES));
        doc.add(new TextField(SOURCE_NAME, String.valueOf(source.getName()), Field.Store.YES));
        for (SourceFolder folder = source.getFolder(); folder != null; folder = folder.getParent()) {
            doc.add(new TextField(FOLDER, String.valueOf(folder.getName()), Field.Store.NO));
        }
        words(doc, words, source.getLanguage());
        doc.add(new StoredField(START, start));
        doc.add(new StoredField(TIME, layout.timeAt(start)));
        String syncs = layout.syncsWithin(start, end);
        if (!syncs.isEmpty()) {
            doc.add(new StoredField(SYNCS, syncs));
        }
        if (turn != null) {
            doc.add(new TextField(SPEAKER, String.valueOf(turn.getSpeaker()), Field.Store.YES));
        }
        for (AttributeValue value : source.getValues()) { // source.from:anna, source.kind:photo
            if (value.getDefinition() != null && value.getDefinition().getName() != null && value.getValue() != null) {
                doc.add(new TextField(sourceAttributeField(value.getDefinition().getName()), value.getValue(), Field.Store.NO));
            }
        }
        for (Case c : layout.casesOf(turn)) {
            doc.add(new TextField(CASE, c.getName() == null ? "" : c.getName(), Field.Store.NO));
            doc.add(new StringField(CASE_ID, String.valueOf(c.getId()), Field.Store.NO));
            if (c.getRole() != null) {
                doc.add(new TextField(ROLE, c.getRole(), Field.Store.NO));
            }
            for (AttributeValue value : c.getValues()) {
                if (value.getDefinition() != null && value.getDefinition().getName() != null && value.getValue() != null) {
                    doc.add(new TextField(attributeField(value.getDefinition().getName()), value.getValue(), Field.Store.NO));
                }
            }
        }
        return doc;
    }

    /**
     * The words of a document: stored once, and indexed in one field, stemmed in its language with the words as
     * written beside the stems ({@link WrittenForms}). Positions only: a hit's offsets are found again from the
     * stored words ({@link WordOffsets}), which costs a query far less than offsets in the index cost the build.
     */
    private static void words(Document doc, String words, String language) {
        doc.add(new StoredField(BODY, words));
        doc.add(new TextField(Analyzers.textField(language), words, Field.Store.NO));
    }

    static Document of(Memo memo, String language) {
        Document doc = new Document();
        doc.add(new StringField(KIND, "memo", Field.Store.YES));
        doc.add(new StoredField(ELEMENT, memo.getId()));
        doc.add(new StringField(ELEMENT_KEY, memo.getId(), Field.Store.NO));
        doc.add(new TextField(TITLE, String.valueOf(memo.getTitle()), Field.Store.YES));
        String body = String.valueOf(memo.getTitle()) + "\n" + (memo.getText() == null ? "" : memo.getText());
        words(doc, body, language);
        doc.add(new StoredField(FINGERPRINT, fingerprint(memo)));
        return doc;
    }

    /** A code's definition: its name, definition, inclusion and exclusion criteria and example, one per line. */
    static Document of(Code code, String language) {
        Document doc = new Document();
        doc.add(new StringField(KIND, "code", Field.Store.YES));
        doc.add(new StoredField(ELEMENT, code.getId()));
        doc.add(new StringField(ELEMENT_KEY, code.getId(), Field.Store.NO));
        doc.add(new TextField(CODE, code.path(), Field.Store.YES));
        doc.add(new StringField(CODE_ID, code.getId(), Field.Store.NO));
        words(doc, definition(code), language);
        doc.add(new StoredField(FINGERPRINT, fingerprint(code)));
        return doc;
    }

    private static String definition(Code code) {
        return java.util.stream.Stream.of(code.getName(), code.getDefinition(), code.getInclusionCriteria(),
                code.getExclusionCriteria(), code.getExample()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
    }

    /** What a transcript's units need that is always in memory: name, language, folders, cases, attributes, length. */
    static String fingerprint(Source source) {
        StringBuilder b = new StringBuilder().append(source.getId()).append('|').append(source.getName()).append('|')
                .append(source.getLanguage()).append('|');
        for (SourceFolder folder = source.getFolder(); folder != null; folder = folder.getParent()) {
            b.append(folder.getName()).append('/');
        }
        source.getCases().forEach(c -> b.append('|').append(c.getId()));
        for (AttributeValue v : source.getValues()) { // its attributes are searched (source.from:anna)
            b.append('|').append(v.getDefinition() == null ? "" : v.getDefinition().getName()).append('=').append(v.getValue());
        }
        if (source instanceof TextSource t) {
            b.append('|').append(t.getLength());
            if (t.getModifiedAt() != null) { // a corrected text (org.attune.coding.TextEdits) may keep its length
                b.append('@').append(t.getModifiedAt().getTime());
            }
        }
        return hash(b);
    }

    /** What is read when a transcript is opened: its turns (speakers and their cases) and codings. */
    static String lazyFingerprint(TextSource source) {
        StringBuilder b = new StringBuilder(fingerprint(source));
        for (SpeakerTurn turn : source.getTurns()) {
            b.append('|').append(turn.getStart()).append(':').append(turn.getSpeaker()).append(':')
                    .append(turn.getCase() == null ? "" : turn.getCase().getId());
        }
        b.append('|').append(source.getSyncPoints().size());
        source.getCodings().stream().map(c -> c.getId() + ":" + (c.getCode() == null ? "" : c.getCode().getId()) + ":"
                + (c.getSelection() instanceof TextSelection s ? s.getStart() + "-" + s.getEnd() : "")).sorted()
                .forEach(c -> b.append('|').append(c));
        return hash(b);
    }

    static String fingerprint(Memo memo) {
        return hash(new StringBuilder().append(memo.getId()).append('|').append(memo.getTitle()).append('|').append(memo.getText()));
    }

    static String fingerprint(Code code) {
        return hash(new StringBuilder().append(code.getId()).append('|').append(code.path()).append('|').append(definition(code)));
    }

    static String fingerprint(Case c) {
        StringBuilder b = new StringBuilder().append(c.getId()).append('|').append(c.getName()).append('|').append(c.getRole());
        for (AttributeValue v : c.getValues()) {
            b.append('|').append(v.getDefinition() == null ? "" : v.getDefinition().getName()).append('=').append(v.getValue());
        }
        return hash(b);
    }

    static String hash(CharSequence text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
