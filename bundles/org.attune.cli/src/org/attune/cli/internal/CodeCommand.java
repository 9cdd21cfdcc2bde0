package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.attune.cli.Cli;
import org.attune.cli.Output;
import org.attune.cli.ProjectAccess;
import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.Texts;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSource;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code code <project> --source S --words W --code C}: codes a stretch of a transcript. */
@Command(name = "code", description = "Code a stretch of a transcript, found by its words or by code-point positions.")
public class CodeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<project>", description = "The project folder.")
    Path project;

    @Option(names = "--source", required = true, paramLabel = "NAME", description = "The transcript (source name).")
    String source;

    @ArgGroup(exclusive = true, multiplicity = "1")
    TextStretch where;

    @Option(names = "--code", required = true, paramLabel = "NAME", description = "The code (name, or Parent/Child path).")
    String code;

    @Option(names = "--create", description = "Create the code at the top level (level: open) if there is none of that name.")
    boolean create;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note on the coding.")
    String note;

    @Option(names = "--coder", paramLabel = "NAME", description = "Attribute the coding to this coder (default: your user name).")
    String coder;

    @Mixin
    ProjectAccess access;

    @Mixin
    Output output;

    /** One coding made, or found already there. */
    record Coded(int start, int end, String text, boolean existed) {
    }

    record Result(Path project, String source, String code, boolean newCode, List<Coded> codings) {
    }

    @Override
    public Integer call() {
        return OpenProject.run(project, access, true, p -> {
            TextSource text = p.textSource(source);
            List<TextStretch.Span> spans = where.resolve(p, text);
            boolean isNew = create && new Codebook(p.store).find(code).isEmpty();
            Code known = isNew ? null : p.code(code); // an unknown code fails before anything is written
            if (coder != null) {
                p.store.setCurrentUser(coder.strip());
            }
            Code target = isNew ? new Codebook(p.store).create(code, null, AnalyticLevel.OPEN) : known;
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
            output.print(new Result(p.folder, text.getName(), Codebook.path(target), isNew, done),
                    lines + String.format(Locale.ROOT, "%s: %d stretch%s coded with \"%s\"%s", text.getName(), done.size(),
                            done.size() == 1 ? "" : "es", Codebook.path(target), isNew ? " (a new code)" : ""));
            return Cli.OK;
        });
    }
}
