package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.cli.Cli;
import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.Texts;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.ImageSource;
import org.attune.model.TextSource;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code code <project> --source S --words W --code C}: codes a stretch of a transcript; with
 * {@code --region X,Y,W,H}, a rectangle of a picture.
 */
@Command(name = "code", description = "Code a stretch of a transcript, found by its words or by code-point positions, "
        + "or a rectangle of a picture (--region).")
public class CodeCommand extends OnProject {
    @Option(names = "--source", required = true, paramLabel = "NAME", description = "The transcript (source name).")
    String source;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    TextStretch where;

    @Option(names = "--region", paramLabel = "X,Y,W,H", description = "A rectangle of a picture source, in pixels: "
            + "left, top, width, height.")
    String region;

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
        if ((region == null) == (where == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "say what to code: --words or --start/--end for a transcript, or --region X,Y,W,H for a picture");
        }
        return OpenProject.run(project, access, true, p -> {
            if (region != null) {
                return codeRegion(p);
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
            output.print(new Result(p.folder, text.getName(), target.path(), isNew, done),
                    lines + String.format(Locale.ROOT, "%s: %d stretch%s coded with \"%s\"%s", text.getName(), done.size(),
                            done.size() == 1 ? "" : "es", target.path(), isNew ? " (a new code)" : ""));
            return Cli.OK;
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
        output.print(new RegionResult(p.folder, picture.getName(), target.path(), isNew, rectangle, existed),
                String.format(Locale.ROOT, "%s: %s %s with \"%s\"%s", picture.getName(), existed ? "region already coded" : "coded region",
                        rectangle, target.path(), isNew ? " (a new code)" : ""));
        return Cli.OK;
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
