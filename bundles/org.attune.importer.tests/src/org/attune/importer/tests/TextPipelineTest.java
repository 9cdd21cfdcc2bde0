package org.attune.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.attune.importer.text.SpeakerTurns;
import org.attune.importer.text.SpeakerTurns.Turn;
import org.attune.importer.text.TextNormalizer;
import org.attune.importer.text.TimeCodes;
import org.attune.importer.text.TimeCodes.Mark;
import org.junit.jupiter.api.Test;

class TextPipelineTest {

    @Test
    void normalisationIsDocumentedAndAFixedPoint() {
        String raw = "\uFEFFInterviewer:\u00A0Hello  \r\nCarer: cafe\u0301\rline\u2028next\u000B\n\n\n\nend\u0007\t \n\n";
        String text = TextNormalizer.normalize(raw);
        assertEquals("Interviewer: Hello\nCarer: café\nline\nnext\n\nend", text);
        assertEquals(text, TextNormalizer.normalize(text));
    }

    @Test
    void positionsCountCodePoints() {
        String text = "😀 smile";
        assertEquals(2, TextNormalizer.codePointOffset(text, 3), "the emoji is one code point, two chars");
    }

    @Test
    void speakerTurnsFromNamesNumberedRolesAndBracketLabels() {
        String text = "Interviewer 1: How did the review go?\nGuider: It went well.\nShe smiled at him.\nDr Lee: Noted.";
        List<Turn> turns = SpeakerTurns.detect(text, Set.of());
        assertEquals(List.of("Interviewer 1", "Guider", "Dr Lee"), turns.stream().map(Turn::speaker).toList());
        assertEquals(0, turns.get(0).start());
        assertEquals(text.indexOf("Guider"), turns.get(1).start());
        assertEquals(text.indexOf("\nDr Lee"), turns.get(1).end(), "a turn runs to the next label");
        assertEquals(text.length(), turns.get(2).end());

        List<Turn> bracketed = SpeakerTurns.detect("[id1] hello\n[id2] hi there\n[id1] bye", Set.of());
        assertEquals(List.of("id1", "id2", "id1"), bracketed.stream().map(Turn::speaker).toList());
    }

    @Test
    void oneStrayLabelIsNoTranscriptAndBoldNamesNeedNoColon() {
        assertTrue(SpeakerTurns.detect("Note: bring the consent forms.\nThen start.", Set.of()).isEmpty());
        List<Turn> bold = SpeakerTurns.detect("Guider\tHow are you?\nCarer\tFine.", Set.of("Guider", "Carer"));
        assertEquals(List.of("Guider", "Carer"), bold.stream().map(Turn::speaker).toList());
    }

    @Test
    void timeCodesInTheUsualTranscriptConventions() {
        String text = "[00:01:02] a [03:04] b 00:00:05.250 c #00:01:02-3# d, at 10:30 we met [1:02:03.5]";
        List<Mark> marks = TimeCodes.find(text);
        assertEquals(List.of(62_000L, 184_000L, 5_250L, 62_300L, 3_723_500L), marks.stream().map(Mark::timeMs).toList());
        assertEquals(0, marks.get(0).offset());
        assertEquals(text.indexOf("#00:01"), marks.get(3).offset());
    }
}
