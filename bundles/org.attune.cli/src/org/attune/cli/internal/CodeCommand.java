package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.coding.Coder;
import org.attune.coding.Texts;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.ImageSource;
import org.attune.model.MediaSource;
import org.attune.model.TextSource;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code code <project> --source S --words W --code C}: codes a stretch of a transcript; with
 * {@code --region X,Y,W,H}, a rectangle of a picture; {@code --time START-END}, a time range of a recording.
 */
@Command(name = "code", description = "Code a stretch of a transcript, found by its words or by code-point positions, "
        + "a rectangle of a picture (--region) or a time range of a recording (--time).")
public class CodeCommand extends OnProject {
    @Mixin
    SourceName source;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    TextStretch where;

    @Option(names = "--region", paramLabel = "X,Y,W,H", description = "A rectangle of a picture source, in pixels: "
            + "left, top, width, height.")
    String region;

    @Option(names = "--time", paramLabel = "START-END", description = "A time range of a recording (audio or video): "
            + "seconds, e.g. 1.25-2.5, or h:mm:ss.mmm, e.g. 0:01:05-0:01:20.5.")
    String time;

    @Mixin
    CodeToApply code;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note on the coding.")
    String note;

    /** One coding made, or found already there. */
    record Coded(int start, int end, String text, boolean existed) {
    }

    record Result(Path project, String source, String code, boolean newCode, List<Coded> codings) {
    }

    @Override
    public Integer call() {
        int said = (region == null ? 0 : 1) + (where == null ? 0 : 1) + (time == null ? 0 : 1);
        if (said != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "say what to code" + (said > 1 ? ", once" : "")
                    + ": --words or --start/--end for a transcript, --region X,Y,W,H for a picture, or --time START-END for a recording");
        }
        return change(p -> {
            if (region != null) {
                return codeRegion(p);
            }
            if (time != null) {
                return codeTime(p);
            }
            TextSource text = source.text(p);
            List<TextStretch.Span> spans = where.resolve(p, text);
            CodeToApply.Target target = code.target(p);
            Coder coding = new Coder(p.store);
            String words = p.store.text(text);
            List<Coded> done = new ArrayList<>();
            for (TextStretch.Span span : spans) {
                boolean existed = Coder.find(text, target.code(), span.start(), span.end(), p.store.currentUser()).isPresent();
                noted(coding, coding.code(text, span.start(), span.end(), target.code()));
                done.add(new Coded(span.start(), span.end(), Texts.slice(words, span.start(), span.end()), existed));
            }
            StringBuilder lines = new StringBuilder();
            for (Coded c : done) {
                lines.append(String.format(Locale.ROOT, "%s %d-%d \"%s\"%n", c.existed() ? "already coded" : "coded",
                        c.start(), c.end(), CodingText.abbreviate(c.text(), 70)));
            }
            return output.done(new Result(p.folder, text.getName(), target.path(), target.isNew(), done),
                    lines + String.format(Locale.ROOT, "%s: %d stretch%s coded with %s", text.getName(), done.size(),
                            done.size() == 1 ? "" : "es", target));
        });
    }

    private int codeRegion(OpenProject p) {
        PictureRegion rectangle = PictureRegion.parse(p, region);
        ImageSource picture = source.picture(p);
        Coder.checkRegion(picture, rectangle.x(), rectangle.y(), rectangle.width(), rectangle.height());
        CodeToApply.Target target = code.target(p);
        boolean existed = Coder.findRegion(picture, target.code(), rectangle.x(), rectangle.y(), rectangle.width(), rectangle.height(),
                p.store.currentUser()).isPresent();
        Coder coding = new Coder(p.store);
        noted(coding, coding.codeRegion(picture, rectangle.x(), rectangle.y(), rectangle.width(), rectangle.height(), target.code()));
        return output.done(new RegionResult(p.folder, picture.getName(), target.path(), target.isNew(), rectangle, existed),
                String.format(Locale.ROOT, "%s: %s %s with %s", picture.getName(), existed ? "region already coded" : "coded region",
                        rectangle, target));
    }

    private int codeTime(OpenProject p) {
        TimeRange range = TimeRange.parse(p, time);
        MediaSource recording = source.recording(p, " (--time codes a time range of an audio or video source)");
        p.store.load(recording);
        if (range.startMs() < 0 || range.endMs() <= range.startMs()
                || recording.getDurationMs() > 0 && range.endMs() > recording.getDurationMs()) { // refused before a new code is made
            throw p.failure(range + " is not a time range of \"" + recording.getName() + "\""
                    + (recording.getDurationMs() > 0 ? " (" + org.attune.coding.SegmentExport.clock(recording.getDurationMs()) + " long)" : ""));
        }
        CodeToApply.Target target = code.target(p);
        boolean existed = recording.getCodings().stream().anyMatch(c -> c.getCode() == target.code() && c.getCreatedBy() == p.store.currentUser()
                && c.getSelection() instanceof org.attune.model.TimeSelection t && t.getStartMs() == range.startMs() && t.getEndMs() == range.endMs());
        Coder coding = new Coder(p.store);
        noted(coding, coding.codeTime(recording, range.startMs(), range.endMs(), target.code()));
        return output.done(new TimeResult(p.folder, recording.getName(), target.path(), target.isNew(), range.startMs(), range.endMs(), existed),
                String.format(Locale.ROOT, "%s: %s %s with %s", recording.getName(), existed ? "time range already coded" : "coded time range",
                        range, target));
    }

    record TimeResult(Path project, String source, String code, boolean newCode, long startMs, long endMs, boolean existed) {
    }

    /** Puts --note on a coding just made. */
    private void noted(Coder coding, Coding made) {
        if (note != null) {
            coding.annotate(made, note);
        }
    }

    record RegionResult(Path project, String source, String code, boolean newCode, PictureRegion region, boolean existed) {
    }
}
