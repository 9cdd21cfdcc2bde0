package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.attune.coding.Coder;
import org.attune.coding.Texts;
import org.attune.model.Code;
import org.attune.model.TextSelection;
import org.attune.model.Coding;
import org.attune.model.ImageSource;
import org.attune.model.RegionSelection;
import org.attune.model.TextSource;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code uncode <project> --source S --code C [--words W]}: takes a code off a transcript, or off some words of it;
 * off a picture, or off the rectangles overlapping {@code --region X,Y,W,H}.
 */
@Command(name = "uncode", description = "Remove a code's codings from a transcript or picture: all of them, or those "
        + "overlapping some words (--words, --start/--end) or a rectangle (--region).")
public class UncodeCommand extends OnProject {
    @Mixin
    SourceName source;

    @Mixin
    CodeName code;

    @ArgGroup(exclusive = true)
    TextStretch where;

    @Option(names = "--region", paramLabel = "X,Y,W,H", description = "Only codings of a picture overlapping this rectangle "
            + "(pixels: left, top, width, height).")
    String region;

    record Removed(int start, int end, String text) {
    }

    record Result(Path project, String source, String code, List<Removed> removed) {
    }

    @Override
    public Integer call() {
        return change(p -> {
            if (region != null || where == null && source.in(p) instanceof ImageSource) {
                return uncodeRegions(p);
            }
            TextSource text = source.text(p);
            Code target = code.in(p);
            List<TextStretch.Span> spans = where == null ? null : where.resolve(p, text);
            List<Coding> codings = text.getCodings().stream()
                    .filter(c -> c.getCode() == target && c.getSelection() instanceof TextSelection)
                    .filter(c -> spans == null || spans.stream().anyMatch(s -> (int) c.start() < s.end() && s.start() < (int) c.end()))
                    .toList();
            if (codings.isEmpty()) {
                throw p.failure("\"" + text.getName() + "\" has no coding with \"" + target.path() + "\""
                        + (spans == null ? "" : " over those words"));
            }
            String words = p.store.text(text);
            List<Removed> removed = codings.stream().map(c -> new Removed((int) c.start(), (int) c.end(),
                    Texts.slice(words, (int) c.start(), Math.min((int) c.end(), text.getLength())))).toList();
            new Coder(p.store).uncode(codings);
            StringBuilder lines = new StringBuilder();
            removed.forEach(r -> lines.append(String.format(Locale.ROOT, "uncoded %d-%d \"%s\"%n", r.start(), r.end(),
                    CodingText.abbreviate(r.text(), 70))));
            return output.done(new Result(p.folder, text.getName(), target.path(), removed),
                    lines + String.format(Locale.ROOT, "%s: %d coding%s with \"%s\" removed", text.getName(), removed.size(),
                            removed.size() == 1 ? "" : "s", target.path()));
        });
    }

    private int uncodeRegions(OpenProject p) {
        PictureRegion within = region == null ? null : PictureRegion.parse(p, region);
        if (within != null && where != null) {
            throw p.failure("--region is for a picture, --words and --start/--end for a transcript: give one of them");
        }
        ImageSource picture = source.picture(p);
        Code target = code.in(p);
        List<Coding> codings = picture.getCodings().stream()
                .filter(c -> c.getCode() == target && c.getSelection() instanceof RegionSelection r && (within == null || within.overlaps(r)))
                .toList();
        if (codings.isEmpty()) {
            throw p.failure("\"" + picture.getName() + "\" has no coding with \"" + target.path() + "\""
                    + (within == null ? "" : " overlapping " + within));
        }
        List<PictureRegion> removed = codings.stream().map(c -> PictureRegion.of((RegionSelection) c.getSelection())).toList();
        new Coder(p.store).uncode(codings);
        StringBuilder lines = new StringBuilder();
        removed.forEach(r -> lines.append("uncoded region ").append(r).append(System.lineSeparator()));
        return output.done(new RegionsRemoved(p.folder, picture.getName(), target.path(), removed),
                lines + String.format(Locale.ROOT, "%s: %d coding%s with \"%s\" removed", picture.getName(), removed.size(),
                        removed.size() == 1 ? "" : "s", target.path()));
    }

    record RegionsRemoved(Path project, String source, String code, List<PictureRegion> removed) {
    }
}
