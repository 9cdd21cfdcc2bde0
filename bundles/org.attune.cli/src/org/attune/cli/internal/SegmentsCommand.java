package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.attune.core.Counted;
import org.attune.coding.CodedSegments;
import org.attune.coding.CodingLens;
import org.attune.model.Code;
import org.attune.model.attributes.Attributes;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code segments <project> --code C... [--format docx|xlsx --output F]}: every segment coded with the codes, in its
 * context; written as a Word table or a sheet too ({@link org.attune.coding.SegmentExport}).
 */
@Command(name = "segments", description = "Print every segment coded with the codes (and their sub-codes) in its context, "
        + "with source, speaker, case and coder.")
public class SegmentsCommand extends OnProject {
    @Mixin
    ExportPseudonyms pseudonyms;

    @Option(names = "--code", required = true, arity = "1..*", paramLabel = "NAME", description = "One or more codes.")
    List<String> codes;

    @Option(names = "--where", paramLabel = "ATTRIBUTE=VALUE", description = "Only segments of cases with this attribute "
            + "value, e.g. role=carer, or of sources with this source attribute value, e.g. source.Kind=photo.")
    String where;

    @Mixin
    Viewing viewing;

    @Option(names = "--no-subcodes", description = "Leave out the codes' sub-codes.")
    boolean noSubcodes;

    @Option(names = "--thumbnails", paramLabel = "FOLDER", description = "Write a thumbnail (PNG) of each coded region of a "
            + "picture into this folder, named in the output.")
    Path thumbnails;

    @Option(names = "--format", paramLabel = "docx|xlsx", description = "Write the segments to --output as a Word table or a "
            + "sheet (code, source, case, speaker, coder, position, text, memo; a picture's region as its thumbnail).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "The file --format writes.")
    Path file;

    /** One segment; positions are code points; speaker, case, role and coder are null when unknown. */
    record Row(String source, int start, int end, String code, String speaker, String caseName, String role, String coder,
            String before, String text, String after, String note, String thumbnail) {
    }

    /** {@code viewer} and {@code hidden} (segments the blind rule hides from the viewer) are null unless the project codes blind. */
    record Result(Path project, List<String> codes, String where, String coder, String viewer, Integer hidden, int count,
            List<Row> segments, Path output) {
    }

    @Override
    public Integer call() {
        String[] condition = where == null ? null : where.split("=", 2);
        if (condition != null && (condition.length < 2 || condition[0].isBlank())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--where takes ATTRIBUTE=VALUE, e.g. role=carer, not " + where);
        }
        if ((format == null) != (file == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), format == null ? "--output needs --format docx or xlsx"
                    : "--format " + format + " needs --output FILE");
        }
        if (format != null && !org.attune.coding.SegmentExport.FORMATS.contains(format.toLowerCase(Locale.ROOT))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format takes docx or xlsx, not " + format);
        }
        return look(pseudonyms, p -> {
            LinkedHashSet<Code> chosen = new LinkedHashSet<>();
            codes.forEach(name -> chosen.add(p.code(name)));
            if (condition != null && Attributes.isSourceAttribute(condition[0]) && Attributes.find(p.store.project(), condition[0]) == null) {
                throw p.failure("no source attribute named \"" + Attributes.nameOf(condition[0]) + "\" (see 'attune cli sources list')");
            }
            if (condition != null && !Attributes.isSourceAttribute(condition[0]) && !"role".equalsIgnoreCase(Attributes.nameOf(condition[0]))
                    && Attributes.find(p.store.project(), condition[0]) == null) {
                throw p.failure("no case attribute named \"" + Attributes.nameOf(condition[0]) + "\" (see 'attune cli cases list')");
            }
            CodedSegments.Filter filter = new CodedSegments.Filter(condition == null ? null : condition[0].strip(),
                    condition == null ? null : condition[1].strip(), null);
            CodingLens lens = viewing.lens(p.store.project());
            boolean blind = lens.blind();
            String viewer = viewing.viewer();
            List<CodedSegments.Segment> visible = CodedSegments.of(p.store, chosen, !noSubcodes, filter, lens);
            int hidden = blind ? CodedSegments.of(p.store, chosen, !noSubcodes, filter, lens::hides).size() : 0;
            List<Row> rows = visible.stream().map(s -> new Row(
                    s.source().getName(), s.start(), s.end(), s.coding().getCode().path(), s.speaker(),
                    s.caseOf() == null ? null : s.caseOf().getName(), s.caseOf() == null ? null : s.caseOf().getRole(),
                    s.coder(), s.before(), s.text(), s.after(), s.coding().getNote(), thumbnail(p, s, visible.indexOf(s) + 1))).toList();
            StringBuilder lines = new StringBuilder();
            for (Row r : rows) {
                // a picture's region or a recording's range has no character positions: its place is in the text line below
                String place = r.start() < 0 ? "" : String.format(Locale.ROOT, " %d-%d", r.start(), r.end());
                lines.append(String.format(Locale.ROOT, "%s%s  %s  speaker: %s  case: %s  coder: %s%n", r.source(), place, r.code(), dash(r.speaker()), r.caseName() == null ? "-" : r.caseName()
                                + (r.role() == null ? "" : " (" + r.role() + ")"), dash(r.coder())));
                lines.append("    …").append(CodingText.oneLine(r.before())).append(" [").append(CodingText.oneLine(r.text()))
                        .append("] ").append(CodingText.oneLine(r.after())).append("…").append(System.lineSeparator());
                if (r.thumbnail() != null) {
                    lines.append("    thumbnail: ").append(r.thumbnail()).append(System.lineSeparator());
                }
                if (r.note() != null) {
                    lines.append("    note: ").append(r.note()).append(System.lineSeparator());
                }
            }
            List<String> names = chosen.stream().map(Code::path).toList();
            if (format != null) {
                try {
                    org.attune.coding.SegmentExport.write(format.toLowerCase(Locale.ROOT), "Coded segments: " + String.join(", ", names),
                            org.attune.coding.SegmentExport.lines(p.store, visible), file);
                } catch (java.io.IOException e) {
                    throw p.failure("cannot write " + format.toLowerCase(Locale.ROOT) + ": " + org.attune.core.IoProblems.reason(e));
                }
                lines.append("written to ").append(file).append(System.lineSeparator());
            }
            return output.done(new Result(p.folder, names, where, viewing.coder, blind ? viewer : null, blind ? hidden : null, rows.size(), rows,
                    format == null ? null : file),
                    lines + Counted.of(rows.size(), "segment") + (hidden == 0 ? "" : "; " + Counted.of(hidden, "segment")
                            + " of other coders hidden from " + viewer + " (blind coding: mark your coding of a source done "
                            + "to see them)"));
        });
    }

    /** Writes the thumbnail of a region segment (numbered as listed) with --thumbnails; its file, or null. */
    private String thumbnail(OpenProject p, CodedSegments.Segment s, int number) {
        if (thumbnails == null || !(s.source() instanceof org.attune.model.ImageSource picture)
                || !(s.coding().getSelection() instanceof org.attune.model.RegionSelection region)) {
            return null;
        }
        Path file = thumbnails.resolve(String.format(Locale.ROOT, "%03d %s %d,%d,%d,%d.png", number,
                picture.getName().replaceAll("[\\\\/:*?\"<>|]", "_"), region.getX(), region.getY(), region.getWidth(), region.getHeight()));
        try {
            java.nio.file.Files.createDirectories(thumbnails);
            java.nio.file.Files.write(file, org.attune.coding.RegionCrops.thumbnail(p.store, picture, region, THUMBNAIL_EDGE));
        } catch (java.io.IOException e) {
            throw p.failure(e.getMessage());
        }
        return file.toString();
    }

    /** The edge of a written thumbnail: larger than Coded Segments shows, for a report. */
    private static final int THUMBNAIL_EDGE = 160;

    private static String dash(String text) {
        return text == null ? "-" : text;
    }
}
