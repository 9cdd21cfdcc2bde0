package org.attune.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.coding.BlindCoding;
import org.attune.model.Source;
import org.attune.model.User;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coding blind|done|status}: blind coding (docs/agreement.md): the project's setting and the coders' done marks. */
@Command(name = "coding", description = "Blind coding: switch it on or off, mark a coder's coding of a source done, show "
        + "who marked what.", subcommands = {CodingCommand.Blind.class, CodingCommand.Done.class, CodingCommand.Status.class})
public class CodingCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: blind, done or status");
    }

    @Command(name = "blind", description = "Switch blind coding on or off: while it is on, a coder sees the other coders' "
            + "codings of a source only after marking their own coding of it done.")
    static class Blind extends OnProject {
        @Parameters(index = "1", paramLabel = "on|off", description = "on or off.")
        String state;

        record Result(String project, boolean blind, boolean changed) {
        }

        @Override
        public Integer call() {
            String wanted = state.strip().toLowerCase(Locale.ROOT);
            if (!wanted.equals("on") && !wanted.equals("off")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "blind takes on or off, not " + state);
            }
            boolean blind = wanted.equals("on");
            return change(p -> {
                boolean changed = BlindCoding.isBlind(p.store.project()) != blind;
                BlindCoding.setBlind(p.store, blind);
                return output.done(new Result(p.folder.toString(), blind, changed), "blind coding " + (blind ? "on" : "off")
                        + (changed ? "" : " (it already was)"));
            });
        }
    }

    @Command(name = "done", description = "Mark a coder's coding of a source done (with --undo: not done). Under blind "
            + "coding the coder then sees the other coders' codings of the source.")
    static class Done extends OnProject {
        @Option(names = "--source", required = true, paramLabel = "NAME", description = "The source.")
        String source;

        @Option(names = "--as", required = true, paramLabel = "CODER", description = "The coder whose coding is done.")
        String as;

        @Option(names = "--undo", description = "Take the mark back: the coding is not done.")
        boolean undo;

        record Result(String project, String source, String coder, boolean done, boolean changed, boolean blind) {
        }

        @Override
        public Integer call() {
            if (as.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--as takes a coder's name");
            }
            return change(p -> {
                Source target = p.source(source);
                User coder = BlindCoding.user(p.store.project(), as);
                if (coder == null) {
                    p.store.setCurrentUser(as.strip());
                    coder = p.store.currentUser();
                }
                boolean changed = BlindCoding.isDone(target, coder) == undo;
                BlindCoding.markDone(p.store, target, coder, !undo);
                return output.done(new Result(p.folder.toString(), target.getName(), coder.getName(), !undo, changed,
                        BlindCoding.isBlind(p.store.project())), coder.getName() + "'s coding of \"" + target.getName() + "\": "
                                + (undo ? "not done" : "done") + (changed ? "" : " (it already was)"));
            });
        }
    }

    @Command(name = "status", description = "Whether the project codes blind and, per source, each coder's codings and "
            + "whether they marked them done.")
    static class Status extends OnProject {
        record CoderRow(String coder, int codings, boolean done, String doneAt) {
        }

        record SourceRow(String source, List<CoderRow> coders) {
        }

        record Result(String project, boolean blind, List<SourceRow> sources) {
        }

        @Override
        public Integer call() {
            return look(p -> {
                List<SourceRow> rows = new ArrayList<>();
                StringBuilder text = new StringBuilder("blind coding " + (BlindCoding.isBlind(p.store.project()) ? "on" : "off")
                        + System.lineSeparator());
                for (BlindCoding.SourceStatus s : BlindCoding.status(p.store)) {
                    List<CoderRow> coders = s.coders().stream().map(c -> new CoderRow(c.coder().getName(), c.codings(), c.done(),
                            c.doneAt() == null ? null : c.doneAt().toString())).toList();
                    rows.add(new SourceRow(s.source().getName(), coders));
                    text.append(s.source().getName()).append(": ").append(coders.isEmpty() ? "no codings" : String.join(", ", coders.stream()
                            .map(c -> c.coder() + " " + c.codings() + (c.done() ? " done" : " not done")).toList()))
                            .append(System.lineSeparator());
                }
                return output.done(new Result(p.folder.toString(), BlindCoding.isBlind(p.store.project()), rows), text.toString().stripTrailing());
            });
        }
    }
}
