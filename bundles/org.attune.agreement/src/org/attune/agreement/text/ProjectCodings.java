package org.attune.agreement.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.MediaSource;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.TimeSelection;

/**
 * Two coders' codings in a project as studies: one of the transcripts' text codings (code points) and one of the
 * recordings' time codings (milliseconds). A coding's coder is its {@code createdBy}. The sources' codings must
 * be loaded (the store reads them lazily).
 */
public final class ProjectCodings {
    private ProjectCodings() {
    }

    /** The text codings of {@code codes} in the transcripts among {@code sources}. */
    public static CodingStudy text(List<? extends Source> sources, List<Code> codes, Function<Code, String> name,
            String coderA, String coderB) {
        Map<String, Long> lengths = new LinkedHashMap<>();
        List<Stretch> stretches = new ArrayList<>();
        for (Source source : sources) {
            if (source instanceof TextSource text) {
                lengths.put(text.getName(), (long) text.getLength());
                for (Coding coding : codings(text, codes)) {
                    if (coding.getSelection() instanceof TextSelection s) {
                        stretches.add(new Stretch(text.getName(), name.apply(coding.getCode()), coder(coding), s.getStart(), s.getEnd()));
                    }
                }
            }
        }
        return CodingStudy.of("characters", coderA, coderB, lengths, codes.stream().map(name).toList(), stretches);
    }

    /**
     * The time codings of {@code codes} in the recordings among {@code sources}; a recording whose duration is
     * not known reaches to the end of its last coding, one without either is left out.
     */
    public static CodingStudy time(List<? extends Source> sources, List<Code> codes, Function<Code, String> name,
            String coderA, String coderB) {
        Map<String, Long> lengths = new LinkedHashMap<>();
        List<Stretch> stretches = new ArrayList<>();
        for (Source source : sources) {
            if (source instanceof MediaSource media) {
                long length = media.getDurationMs();
                for (Coding coding : codings(media, codes)) {
                    if (coding.getSelection() instanceof TimeSelection s) {
                        stretches.add(new Stretch(media.getName(), name.apply(coding.getCode()), coder(coding), s.getStartMs(), s.getEndMs()));
                        length = Math.max(length, s.getEndMs());
                    }
                }
                if (length > 0) {
                    lengths.put(media.getName(), length);
                }
            }
        }
        return CodingStudy.of("milliseconds", coderA, coderB, lengths, codes.stream().map(name).toList(), stretches);
    }

    private static List<Coding> codings(Source source, List<Code> codes) {
        return source.getCodings().stream().filter(c -> codes.contains(c.getCode())).toList();
    }

    private static String coder(Coding coding) {
        return coding.getCreatedBy() == null ? "" : coding.getCreatedBy().getName();
    }
}
