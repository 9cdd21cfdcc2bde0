package org.attune.importer;

import java.util.List;

import org.attune.importer.text.TextNormalizer;
import org.attune.importer.timed.Cue;
import org.attune.model.TextSource;
import org.attune.model.text.Marks;

/**
 * The transcript of timed cues (subtitles, ELAN, a speech recogniser's utterances): one line per cue ("Speaker: text"
 * when the cue names a speaker, then also a speaker turn over the line), synced at both ends of each line.
 */
public record CueTranscript(TextSource source, String text) {

    /** A new text source (not in a project yet) holding {@code cues}, and its text; its length is the text's. */
    public static CueTranscript of(List<Cue> cues) {
        TextSource source = SourceParts.F.createTextSource();
        StringBuilder text = new StringBuilder();
        int offset = 0;
        for (Cue cue : cues) {
            if (text.length() > 0) {
                text.append('\n');
                offset++;
            }
            String line = TextNormalizer.normalize((cue.speaker() == null ? "" : cue.speaker() + ": ") + cue.text()).replace('\n', ' ');
            int length = line.codePointCount(0, line.length());
            source.getSyncPoints().add(Marks.sync(offset, cue.startMs()));
            source.getSyncPoints().add(Marks.sync(offset + length, cue.endMs()));
            if (cue.speaker() != null) {
                source.getTurns().add(Marks.turn(cue.speaker(), offset, offset + length));
            }
            text.append(line);
            offset += length;
        }
        String all = text.toString();
        source.setLength(all.codePointCount(0, all.length()));
        return new CueTranscript(source, all);
    }
}
