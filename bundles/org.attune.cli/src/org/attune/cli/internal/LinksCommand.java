package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.List;

import org.attune.coding.Elements;
import org.attune.coding.Links;
import org.attune.core.Counted;
import org.attune.model.Element;
import org.attune.model.ElementLink;
import org.attune.model.Source;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code links list|add|remove}: links between sources, e.g. a picture and the recording in which a child describes it. */
@Command(name = "links", description = "List, add and remove links between sources (a picture and its recording, "
        + "an e-mail and its attachment).", subcommands = {LinksCommand.ListLinks.class, LinksCommand.Add.class,
                LinksCommand.Remove.class})
public class LinksCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list, add or remove");
    }

    /** A link for people and scripts: its ends' names and kinds, its name (null: unnamed) and direction. */
    record LinkRow(String origin, String originKind, String target, String targetKind, String name, String direction) {
        static LinkRow of(ElementLink l) {
            return new LinkRow(Elements.nameOf(l.getOrigin()), kind(l.getOrigin()), Elements.nameOf(l.getTarget()),
                    kind(l.getTarget()), l.getName(), l.getDirection().getLiteral());
        }

        private static String kind(Element e) {
            return e.eClass().getName().replace("Source", "").toLowerCase(java.util.Locale.ROOT);
        }

        String line() {
            return origin + " (" + originKind + ") " + ("one_way".equals(direction) ? "→" : "↔") + " " + target + " ("
                    + targetKind + ")" + (name == null ? "" : "  " + name);
        }
    }

    @Command(name = "list", description = "List the project's links, all or those of one source (a recording's "
            + "include its transcripts').")
    static class ListLinks extends OnProject {
        @Option(names = "--source", paramLabel = "NAME", description = "Only the links of this source.")
        String source;

        record Result(Path project, String source, List<String> linkedSources, int count, List<LinkRow> links) {
        }

        @Override
        public Integer call() {
            return look(p -> {
                Links links = new Links(p.store);
                List<ElementLink> shown;
                List<String> linked = null;
                if (source != null) {
                    Source s = p.source(source);
                    shown = links.ofSource(s);
                    linked = links.linkedSources(s).stream().map(Source::getName).toList();
                } else {
                    shown = p.store.project().getLinks().stream().filter(l -> l.getOrigin() != null && l.getTarget() != null).toList();
                }
                List<LinkRow> rows = shown.stream().map(LinkRow::of).toList();
                StringBuilder text = new StringBuilder();
                rows.forEach(r -> text.append(r.line()).append(System.lineSeparator()));
                return output.done(new Result(p.folder, source == null ? null : p.source(source).getName(), linked, rows.size(), rows),
                        text + Counted.of(rows.size(), "link"));
            });
        }
    }

    /** A command on two sources: {@code --from} and {@code --to}. */
    abstract static class OnTwoSources extends OnProject {
        @Option(names = "--from", required = true, paramLabel = "NAME", description = "One source (e.g. the picture).")
        String from;

        @Option(names = "--to", required = true, paramLabel = "NAME", description = "The other source (e.g. the recording).")
        String to;
    }

    @Command(name = "add", description = "Link two sources, e.g. a picture to the recording in which the child describes it.")
    static class Add extends OnTwoSources {
        @Option(names = "--name", paramLabel = "TEXT", description = "What the link says, e.g. \"describes\".")
        String name;

        @Override
        public Integer call() {
            return change(p -> {
                Source origin = p.source(from);
                Source target = p.source(to);
                Links links = new Links(p.store);
                boolean had = links.between(origin, target).stream()
                        .anyMatch(l -> java.util.Objects.equals(l.getName(), name == null || name.isBlank() ? null : name.strip()));
                ElementLink link;
                try {
                    link = links.link(origin, target, name);
                } catch (IllegalArgumentException refused) {
                    throw p.failure(refused.getMessage());
                }
                LinkRow row = LinkRow.of(link);
                return output.done(row, (had ? "Already linked: " : "Linked: ") + row.line());
            });
        }
    }

    @Command(name = "remove", description = "Remove the links between two sources (undo in the workbench brings them back).")
    static class Remove extends OnTwoSources {
        record Result(Path project, int removed, List<LinkRow> links) {
        }

        @Override
        public Integer call() {
            return change(p -> {
                Source one = p.source(from);
                Source other = p.source(to);
                Links links = new Links(p.store);
                List<ElementLink> between = links.between(one, other);
                if (between.isEmpty()) {
                    throw p.failure("\"" + one.getName() + "\" and \"" + other.getName() + "\" are not linked (see 'attune cli links list')");
                }
                List<LinkRow> rows = between.stream().map(LinkRow::of).toList();
                links.unlink(between);
                return output.done(new Result(p.folder, rows.size(), rows), "Removed " + Counted.of(rows.size(), "link") + " between \""
                        + one.getName() + "\" and \"" + other.getName() + "\"");
            });
        }
    }
}
