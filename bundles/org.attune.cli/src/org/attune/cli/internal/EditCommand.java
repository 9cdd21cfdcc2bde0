package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attune.coding.TextEdits;
import org.attune.coding.Texts;
import org.attune.model.Coding;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code edit <project> --source S --replace OLD --with NEW [--all]}: corrects a transcript's text; its codings,
 * turns and time codes follow the words (org.attune.coding.TextEdits, docs/coding.md).
 */
@Command(name = "edit", description = "Correct the text of a transcript: replace words with others; codings, speaker turns "
        + "and time codes follow the words (docs/coding.md). One replacement needs the words to occur once; --all replaces "
        + "every occurrence (one action).")
public class EditCommand extends OnProject {
    @Mixin
    SourceName source;

    @Option(names = "--replace", required = true, paramLabel = "OLD", description = "The words to replace, as they are in the text.")
    String replace;

    @Option(names = "--with", required = true, paramLabel = "NEW", description = "What replaces them (may be empty: a deletion).")
    String with;

    @Option(names = "--all", description = "Replace every occurrence; without it the words must occur exactly once.")
    boolean all;

    /** A coding that the edit shrank or removed: where it was, and its words before the edit. */
    record Affected(String code, String coder, int start, int end, String words) {
    }

    record Result(Path project, String source, int replacements, int length, List<Affected> shrunk, List<Affected> removed) {
    }

    @Override
    public Integer call() {
        return change(p -> {
            TextSource text = source.text(p);
            if (replace.isEmpty()) {
                throw p.failure("--replace is empty: give the words to replace");
            }
            String before = p.store.text(text);
            Map<Coding, Affected> was = new HashMap<>();
            for (Coding c : text.getCodings()) {
                if (c.getSelection() instanceof TextSelection s && s.getEnd() <= text.getLength()) {
                    was.put(c, new Affected(c.getCode().path(), c.getCreatedBy() == null ? "" : c.getCreatedBy().getName(),
                            s.getStart(), s.getEnd(), Texts.slice(before, s.getStart(), s.getEnd())));
                }
            }
            TextEdits.Outcome outcome;
            try {
                outcome = new TextEdits(p.store).replace(text, replace, with, all);
            } catch (TextEdits.NotOneMatch e) {
                throw p.failure(e.getMessage() + (e.count() > 1 ? " (--all)" : ""));
            }
            List<Affected> shrunk = outcome.shrunk().stream().map(was::get).toList();
            List<Affected> removed = outcome.removed().stream().map(was::get).toList();
            StringBuilder lines = new StringBuilder();
            shrunk.forEach(a -> lines.append(line("shrunk", a)));
            removed.forEach(a -> lines.append(line("removed", a)));
            return output.done(new Result(p.folder, text.getName(), outcome.replacements(), text.getLength(), shrunk, removed),
                    lines + String.format(Locale.ROOT, "%s: %d replacement%s; %d coding%s shrunk, %d removed", text.getName(), outcome.replacements(), outcome.replacements() == 1 ? "" : "s",
                            shrunk.size(), shrunk.size() == 1 ? "" : "s", removed.size()));
        });
    }

    private static String line(String what, Affected a) {
        return String.format(Locale.ROOT, "%s coding %d-%d \"%s\" (%s, %s)%n", what, a.start(), a.end(),
                CodingText.abbreviate(a.words(), 60), a.code(), a.coder());
    }
}
