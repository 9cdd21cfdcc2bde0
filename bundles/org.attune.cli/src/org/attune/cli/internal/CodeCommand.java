package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.Texts;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.ImageSource;
import org.attune.model.MediaSource;
import org.attune.model.TextSource;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code code <project> --source S --words W --code C}: codes a stretch of a transcript; with
 * {@code --region X,Y,W,H}, a rectangle of a picture; {@code --time START-END}, a time range of a recording.
 */
@Command(name = "code", description = "Code a stretch of a transcript, found by its words or by code-point positions, "
        + "a rectangle of a picture (--region) or a time range of a recording (--time).")
public class CodeCommand extends OnProject {
    @Option(names = "--source", required = true, paramLabel = "NAME", description = "The transcript (source name).")
    String source;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    TextStretch where;

    @Option(names = "--region", paramLabel = "X,Y,W,H", description = "A rectangle of a picture source, in pixels: "
            + "left, top, width, height.")
    String region;

    @Option(names = "--time", paramLabel = "START-END", description = "A time range of a recording (audio or video): "
            + "seconds, e.g. 1.25-2.5, or h:mm:ss.mmm, e.g. 0:01:05-0:01:20.5.")
    String time;

    @Option(names = "--code", required = true, paramLabel = "NAME", description = "The code (name, or Parent/Child path).")
    String code;

    @Option(names = "--create", description = "Create the code at the top level (level: open) if there is none of that name.")
    boolean create;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note on the coding.")
    String note;

    @Option(names = "--coder", paramLabel = "NAME", description = "Attribute the coding to this coder (default: your user name).")
    String coder;

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
            TextSource text = p.textSource(source);
            List<TextStretch.Span> spans = where.resolve(p, text);
            boolean isNew = isNew(p);
            Code known = isNew ? null : p.code(code); // an unknown code fails before anything is written
            Code target = target(p, isNew, known);
            Coder coding = new Coder(p.store);
            String words = p.store.text(text);
            List<Coded> done = new ArrayList<>();
            for (TextStretch.Span span : spans) {
                boolean existed = Coder.find(text, target, span.start(), span.end(), p.store.currentUser()).isPresent();
                Coding made = coding.code(text, span.start(), span.end(), target);
                if (note != null) {
                    coding.annotate(made, note);
                }
                done.add(new Coded(span.start(), span.end(), Texts.slice(words, span.start(), span.end()), existed));
            }
            StringBuilder lines = new StringBuilder();
            for (Coded c : done) {
                lines.append(String.format(Locale.ROOT, "%s %d-%d \"%s\"%n", c.existed() ? "already coded" : "coded",
                        c.start(), c.end(), CodingText.abbreviate(c.text(), 70)));
            }
            return output.done(new Result(p.folder, text.getName(), target.path(), isNew, done),
                    lines + String.format(Locale.ROOT, "%s: %d stretch%s coded with \"%s\"%s", text.getName(), done.size(),
                            done.size() == 1 ? "" : "es", target.path(), isNew ? " (a new code)" : ""));
        });
    }

    private int codeRegion(OpenProject p) {
        PictureRegion rectangle = PictureRegion.parse(p, region);
        ImageSource picture = p.picture(source);
        Coder.checkRegion(picture, rectangle.x(), rectangle.y(), rectangle.width(), rectangle.height());
        boolean isNew = isNew(p);
        Code known = isNew ? null : p.code(code);
        Code target = target(p, isNew, known);
        boolean existed = Coder.findRegion(picture, target, rectangle.x(), rectangle.y(), rectangle.width(), rectangle.height(),
                p.store.currentUser()).isPresent();
        Coder coding = new Coder(p.store);
        Coding made = coding.codeRegion(picture, rectangle.x(), rectangle.y(), rectangle.width(), rectangle.height(), target);
        if (note != null) {
            coding.annotate(made, note);
        }
        return output.done(new RegionResult(p.folder, picture.getName(), target.path(), isNew, rectangle, existed),
                String.format(Locale.ROOT, "%s: %s %s with \"%s\"%s", picture.getName(), existed ? "region already coded" : "coded region",
                        rectangle, target.path(), isNew ? " (a new code)" : ""));
    }

    private int codeTime(OpenProject p) {
        TimeRange range = TimeRange.parse(p, time);
        if (!(p.source(source) instanceof MediaSource recording)) {
            throw p.failure("\"" + source.strip() + "\" is not a recording (--time codes a time range of an audio or video source)");
        }
        p.store.load(recording);
        if (range.startMs() < 0 || range.endMs() <= range.startMs()
                || recording.getDurationMs() > 0 && range.endMs() > recording.getDurationMs()) { // refused before a new code is made
            throw p.failure(range + " is not a time range of \"" + recording.getName() + "\""
                    + (recording.getDurationMs() > 0 ? " (" + org.attune.coding.SegmentExport.clock(recording.getDurationMs()) + " long)" : ""));
        }
        boolean isNew = isNew(p);
        Code known = isNew ? null : p.code(code);
        Code target = target(p, isNew, known);
        boolean existed = recording.getCodings().stream().anyMatch(c -> c.getCode() == target && c.getCreatedBy() == p.store.currentUser()
                && c.getSelection() instanceof org.attune.model.TimeSelection t && t.getStartMs() == range.startMs() && t.getEndMs() == range.endMs());
        Coder coding = new Coder(p.store);
        Coding made = coding.codeTime(recording, range.startMs(), range.endMs(), target);
        if (note != null) {
            coding.annotate(made, note);
        }
        return output.done(new TimeResult(p.folder, recording.getName(), target.path(), isNew, range.startMs(), range.endMs(), existed),
                String.format(Locale.ROOT, "%s: %s %s with \"%s\"%s", recording.getName(), existed ? "time range already coded" : "coded time range",
                        range, target.path(), isNew ? " (a new code)" : ""));
    }

    record TimeResult(Path project, String source, String code, boolean newCode, long startMs, long endMs, boolean existed) {
    }

    private boolean isNew(OpenProject p) {
        return create && new Codebook(p.store).find(code).isEmpty();
    }

    /** The code to apply, made now when new; the coder is set first so that the coding is theirs. */
    private Code target(OpenProject p, boolean isNew, Code known) {
        if (coder != null) {
            p.store.setCurrentUser(coder.strip());
        }
        return isNew ? new Codebook(p.store).create(code, null, AnalyticLevel.OPEN) : known;
    }

    record RegionResult(Path project, String source, String code, boolean newCode, PictureRegion region, boolean existed) {
    }
}
