package org.attune.agreement.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.MediaSource;
import org.attune.model.Selection;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.TimeSelection;

/**
 * Two or more coders' codings in a project as studies: one of the transcripts' text codings (code points) and one of the
 * recordings' time codings (milliseconds). A coding's coder is its {@code createdBy}. A source whose length is
 * not known reaches to the end of its last coding; one without either is left out. The sources' codings must be
 * loaded (the store reads them lazily).
 */
public final class ProjectCodings {
    private ProjectCodings() {
    }

    /** The text codings of {@code codes} by {@code coders} (two or more) in the transcripts among {@code sources}. */
    public static CodingStudy text(List<? extends Source> sources, List<Code> codes, Function<Code, String> name,
            List<String> coders) {
        return study("characters", sources, codes, name, coders,
                s -> s instanceof TextSource text ? text.getLength() : -1,
                s -> s instanceof TextSelection t ? new long[] { t.getStart(), t.getEnd() } : null);
    }

    /** The time codings of {@code codes} by {@code coders} (two or more) in the recordings among {@code sources}. */
    public static CodingStudy time(List<? extends Source> sources, List<Code> codes, Function<Code, String> name,
            List<String> coders) {
        return study("milliseconds", sources, codes, name, coders,
                s -> s instanceof MediaSource media ? media.getDurationMs() : -1,
                s -> s instanceof TimeSelection t ? new long[] { t.getStartMs(), t.getEndMs() } : null);
    }

    /**
     * @param length the source's length, negative for a source of another kind
     * @param span   a selection's [start, end), null for a selection of another kind
     */
    private static CodingStudy study(String unit, List<? extends Source> sources, List<Code> codes, Function<Code, String> name,
            List<String> coders, ToLongFunction<Source> length, Function<Selection, long[]> span) {
        Map<String, Long> lengths = new LinkedHashMap<>();
        List<Stretch> stretches = new ArrayList<>();
        for (Source source : sources) {
            long known = length.applyAsLong(source);
            if (known < 0) {
                continue;
            }
            long end = 0;
            for (Coding coding : source.getCodings()) {
                long[] where = codes.contains(coding.getCode()) ? span.apply(coding.getSelection()) : null;
                if (where != null) {
                    stretches.add(new Stretch(source.getName(), name.apply(coding.getCode()), coder(coding), where[0], where[1]));
                    end = Math.max(end, where[1]);
                }
            }
            long continuum = known > 0 ? known : end;
            if (continuum > 0) {
                lengths.put(source.getName(), continuum);
            }
        }
        return CodingStudy.of(unit, coders, lengths, codes.stream().map(name).toList(), stretches);
    }

    /** The codes coded by any of {@code coders} (by name) in {@code sources}, in the order first met. */
    public static List<Code> codesUsed(List<? extends Source> sources, java.util.Set<String> coders) {
        java.util.Set<Code> used = new java.util.LinkedHashSet<>();
        for (Source source : sources) {
            for (Coding coding : source.getCodings()) {
                if (coding.getCode() != null && coding.getCreatedBy() != null && coders.contains(coding.getCreatedBy().getName())) {
                    used.add(coding.getCode());
                }
            }
        }
        return List.copyOf(used);
    }

    private static String coder(Coding coding) {
        return coding.getCreatedBy() == null ? "" : coding.getCreatedBy().getName();
    }
}
