package org.attune.index;

import static org.attune.index.Documents.BODY;
import static org.attune.index.Documents.CODE;
import static org.attune.index.Documents.ELEMENT;
import static org.attune.index.Documents.KIND;
import static org.attune.index.Documents.SOURCE;
import static org.attune.index.Documents.SOURCE_NAME;
import static org.attune.index.Documents.SPEAKER;
import static org.attune.index.Documents.START;
import static org.attune.index.Documents.SYNCS;
import static org.attune.index.Documents.TIME;
import static org.attune.index.Documents.TITLE;

import java.util.Locale;
import java.util.Set;

import org.apache.lucene.document.Document;

/**
 * A match placed in a stored document as the hit a person reads: where it is in the transcript (code points of the
 * source's text, the unit holding it, the time code in force) and up to {@value #CONTEXT} characters of words on
 * each side.
 */
final class HitInContext {
    private static final int CONTEXT = 40;

    /** The stored fields a hit shows (a unit's fingerprint is left on disk). */
    static final Set<String> SHOWN = Set.of(KIND, ELEMENT, SOURCE, SOURCE_NAME, SPEAKER, BODY, START, TIME, SYNCS, TITLE,
            CODE);

    /** The hit of the characters {@code startChar} to {@code endChar} of {@code doc}'s words (none: the whole unit). */
    static SearchHit of(Document doc, int startChar, int endChar) {
        HitKind kind = HitKind.valueOf(doc.get(KIND).toUpperCase(Locale.ROOT));
        String text = doc.get(BODY);
        boolean inTranscript = kind == HitKind.UNIT || kind == HitKind.CODING;
        int unitStart = inTranscript ? doc.getField(START).numericValue().intValue() : 0;
        int unitEnd = unitStart + text.codePointCount(0, text.length());
        String before = text.substring(Math.max(0, startChar - CONTEXT), startChar);
        String after = text.substring(endChar, Math.min(text.length(), endChar + CONTEXT));
        int start = unitStart + text.codePointCount(0, startChar);
        int end = unitStart + text.codePointCount(0, endChar);
        if (startChar == endChar) { // no word matched: the whole unit is the hit, shown from its start
            after = text.substring(0, Math.min(text.length(), 2 * CONTEXT));
            start = unitStart;
            end = unitEnd;
        }
        String where = switch (kind) {
            case MEMO -> "Memo: " + doc.get(TITLE);
            case CODE -> "Code: " + doc.get(CODE);
            default -> doc.get(SOURCE_NAME);
        };
        long time = inTranscript ? timeOfHit(doc, start - unitStart) : -1;
        return new SearchHit(inTranscript ? doc.get(SOURCE) : null, where, doc.get(SPEAKER), start, end, unitStart, unitEnd, time,
                oneLine(before), oneLine(text.substring(startChar, endChar)), oneLine(after), kind, doc.get(ELEMENT), doc.get(CODE));
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

    private HitInContext() {
    }
}
