package org.attune.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.attune.importer.timed.Cue;
import org.attune.importer.timed.Elan;
import org.attune.importer.timed.Subtitles;
import org.attune.importer.timed.TimedFormatException;
import org.junit.jupiter.api.Test;

/** ELAN and subtitle readers on the real-world variety seen in the reference files. */
class ElanTest {
    static final String EAF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ANNOTATION_DOCUMENT AUTHOR="" FORMAT="3.0" VERSION="3.0">
              <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>
              <TIME_ORDER>
                <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="1040"/><TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="2330"/>
                <TIME_SLOT TIME_SLOT_ID="ts3" TIME_VALUE="2500"/><TIME_SLOT TIME_SLOT_ID="ts4" TIME_VALUE="3100"/>
              </TIME_ORDER>
              <TIER LINGUISTIC_TYPE_REF="utterance" PARTICIPANT="P001" TIER_ID="Utterance">
                <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2">
                  <ANNOTATION_VALUE>How do you read this?</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
              </TIER>
              <TIER LINGUISTIC_TYPE_REF="utterance" PARTICIPANT="P002" TIER_ID="Utterance">
                <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="ts3" TIME_SLOT_REF2="ts4">
                  <ANNOTATION_VALUE>Like this.</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
              </TIER>
            </ANNOTATION_DOCUMENT>
            """;

    @Test
    void elanTiersBecomeTimedCuesWithTheirParticipants() throws Exception {
        List<Cue> cues = Elan.read(new ByteArrayInputStream(EAF.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new Cue(1040, 2330, "P001 (Utterance)", "How do you read this?"),
                new Cue(2500, 3100, "P002 (Utterance)", "Like this.")), cues);
    }

    @Test
    void aMalformedTimeIsNamedWithItsSlot() {
        String bad = EAF.replace("TIME_VALUE=\"2330\"", "TIME_VALUE=\"2.3s\"");
        TimedFormatException e = assertThrows(TimedFormatException.class,
                () -> Elan.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        assertEquals("time slot ts2 has the time \"2.3s\", not a number of milliseconds", e.getMessage());
    }

    @Test
    void elanRefusesDoctypesSoNoLocalFileCanBeRead() {
        String attack = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><ANNOTATION_DOCUMENT>&e;</ANNOTATION_DOCUMENT>";
        TimedFormatException e = assertThrows(TimedFormatException.class,
                () -> Elan.read(new ByteArrayInputStream(attack.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void webVttWithBomHeadersNotesIdentifiersVoicesAndTags() throws Exception {
        String vtt = "\uFEFFWEBVTT - a film\nKind: captions\nLanguage: en\n\nNOTE a comment\nover lines\n\nintro\n00:16.500 --> 00:18.500 align:start\n"
                + "<v Guider>When the <i>moon</i> <00:17.500>hits</v>\n\n00:00:18.500 --> 00:00:20.500\nThat&apos;s &amp; <c.red>amore</c>\n";
        List<Cue> cues = Subtitles.read("clip.vtt", vtt);
        assertEquals(new Cue(16_500, 18_500, "Guider", "When the moon hits"), cues.get(0));
        assertEquals(18_500, cues.get(1).startMs());
        assertTrue(cues.get(1).text().endsWith("& amore"), cues.get(1).text());
    }

    @Test
    void aCueMayStartRightAfterCaptionTextAsYoutubeDlWritesThem() throws Exception {
        String vtt = "WEBVTT\n\n00:04:46.470 --> 00:05:04.080 align:start position:0%\nyeah\n<c.colorCCCCCC>what</c>\n"
                + "00:05:04.080 --> 00:05:05.069 align:start position:0%\nthis<00:05:04.199><c> will</c> happen\n";
        List<Cue> cues = Subtitles.read("youtube.vtt", vtt);
        assertEquals(2, cues.size());
        assertEquals("yeah what", cues.get(0).text());
        assertEquals(new Cue(304_080, 305_069, null, "this will happen"), cues.get(1));
    }

    @Test
    void invalidSubtitlesAreRefusedWithTheLine() {
        assertMessage("a.srt", "1\n00:00:00,500 --> 00:00:07,000\nOne\n\n2\n00:00:07,000 --> 00:00:11.890\nTwo\n", "line 6: expected a time frame");
        assertMessage("b.srt", "some text\n00:00:00,500 --> 00:00:07,000\n", "line 1: expected a time frame");
        assertMessage("c.vtt", "00:00.000 --> 00:01.000\nno header\n", "line 1: a WebVTT file must start with 'WEBVTT'");
        assertMessage("d.vtt", "WEBVTT\n\n00:07.000 --> 00:10.890\n00:07.000 --> 00:10.890\nTwo\n", "line 4: a time frame inside a caption");
        assertMessage("e.sbv", "0:00:13.f89,0:00:15.489\nThree\n", "line 1: expected a time frame");
        assertMessage("f.sbv", "0:00:17.484,0:00:16.543\nFive\n", "ends before it starts");
        assertMessage("g.vtt", "", "a WebVTT file must start");
        assertMessage("h.vtt", "WEBVTT\n\nNOTE nothing else\n", "it holds no captions");
        assertMessage("i.srt", "1\n00:00:01,000 --> 00:00:02,000\n\n", "has no text");
    }

    private static void assertMessage(String name, String content, String expected) {
        TimedFormatException e = assertThrows(TimedFormatException.class, () -> Subtitles.read(name, content));
        assertTrue(e.getMessage().contains(expected), name + ": " + e.getMessage());
    }
}
