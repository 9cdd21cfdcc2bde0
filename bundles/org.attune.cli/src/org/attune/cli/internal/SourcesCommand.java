package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attune.coding.Elements;
import org.attune.coding.SourceAttributes;
import org.attune.core.Counted;
import org.attune.core.Printable;
import org.attune.importer.mail.Senders;
import org.attune.model.Case;
import org.attune.model.ElementLink;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.attributes.Attributes;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sources list|set|sender-case}: the sources with their attributes and links, and their attribute values. */
@Command(name = "sources", description = "List sources with their attributes, cases and links; set a source attribute; "
        + "put an e-mail sender's messages in a case.",
        subcommands = {SourcesCommand.ListSources.class, SourcesCommand.SetAttribute.class, SourcesCommand.SenderCase.class})
public class SourcesCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list, set or sender-case");
    }

    /** A link of a source to another element: its name (e.g. attachment), and whether the source is its origin. */
    record Link(String name, String other, boolean outgoing) {
    }

    /** A source with its kind, attributes (in the order they are defined), cases and links. */
    record SourceRow(String name, String kind, Map<String, String> attributes, List<String> cases, List<Link> links) {
        static SourceRow of(Project project, Source s) {
            List<Link> links = new ArrayList<>();
            for (ElementLink link : project.getLinks()) {
                if (link.getOrigin() == s && link.getTarget() != null) {
                    links.add(new Link(link.getName(), Elements.nameOf(link.getTarget()), true));
                } else if (link.getTarget() == s && link.getOrigin() != null) {
                    links.add(new Link(link.getName(), Elements.nameOf(link.getOrigin()), false));
                }
            }
            return new SourceRow(s.getName(), s.eClass().getName(), Attributes.of(project, s), s.getCases().stream().map(Case::getName).toList(), links);
        }
    }

    /** The senders of e-mails in no case, for a report. */
    static List<ImportCommand.Sender> senders(Project project) {
        return Senders.unmatched(project).stream().map(u -> new ImportCommand.Sender(u.name(), u.address(), u.messages().size(),
                u.candidates().stream().map(Case::getName).toList())).toList();
    }

    /** One line per sender in no case, with how to name its case; "" when none. */
    static String sendersText(List<ImportCommand.Sender> senders) {
        StringBuilder text = new StringBuilder();
        for (ImportCommand.Sender s : senders) {
            String who = s.sender().isEmpty() ? s.address() : s.address().isEmpty() ? s.sender() : s.sender() + " <" + s.address() + ">";
            text.append("No case for sender ").append(Printable.of(who)).append(" (").append(Counted.of(s.messages(), "message")).append(")")
                    .append(s.candidates().isEmpty() ? "" : "; it may be " + String.join(" or ", s.candidates().stream().map(c -> "\"" + c + "\"").toList()))
                    .append(": name it with 'attune cli sources sender-case <project> ")
                    .append(s.address().isEmpty() ? s.sender() : s.address()).append(" CASE'\n");
        }
        return text.toString();
    }

    @Command(name = "list", description = "One row per source: kind, attributes, cases and links (e.g. an e-mail's attachments).")
    static class ListSources extends OnProject {
        record Result(Path project, List<String> attributes, int count, List<SourceRow> sources) {
        }

        @Override
        public Integer call() {
            return look(p -> {
                Project model = p.store.project();
                List<String> names = Attributes.ofSources(model).stream().map(d -> d.getName()).toList();
                List<SourceRow> rows = model.getSources().stream().map(s -> SourceRow.of(model, s)).toList();
                return output.done(new Result(p.folder, names, rows.size(), rows), AttributeSheet.text(List.of("SOURCE", "KIND"), names,
                        List.of("CASES", "LINKS"), rows, r -> List.of(r.name(), r.kind()), SourceRow::attributes,
                        r -> List.of(r.cases(), r.links().stream().map(l -> (l.outgoing() ? "" : "of ") + l.name() + " " + l.other()).toList()),
                        "source"));
            });
        }
    }

    @Command(name = "set", description = "Set a source attribute (new ones are defined as text); an empty value removes it.")
    static class SetAttribute extends AttributeSetting<Source> {
        @Parameters(index = "1", paramLabel = "SOURCE", description = "The source.")
        String sourceName;

        @Override
        Source target(OpenProject p) {
            return p.source(sourceName);
        }

        @Override
        Outcome set(OpenProject p, Source s) {
            new SourceAttributes(p.store).set(s, attribute, value);
            return new Outcome(s.getName(), Attributes.value(s.getValues(), attribute), SourceRow.of(p.store.project(), s));
        }
    }

    @Command(name = "sender-case", description = "Put the imported e-mails of a sender (address or name) that are in no case "
            + "into a case, created if new.")
    static class SenderCase extends OnProject {
        @Parameters(index = "1", paramLabel = "SENDER", description = "The sender's address or name.")
        String sender;

        @Parameters(index = "2", paramLabel = "CASE", description = "The case.")
        String caseName;

        record Result(Path project, String sender, String caseName, int messages) {
        }

        @Override
        public Integer call() {
            return change(p -> {
                List<Senders.Unmatched> unmatched = Senders.unmatched(p.store.project());
                Senders.Unmatched found = unmatched.stream().filter(u -> sender.strip().equalsIgnoreCase(u.address())
                        || sender.strip().equalsIgnoreCase(u.name())).findFirst().orElseThrow(() -> p.failure("no e-mails of \""
                                + sender.strip() + "\" are without a case" + (unmatched.isEmpty() ? " (every e-mail is in a case)"
                                        : "; the senders without one are " + String.join(", ", unmatched.stream().map(u -> "\"" + u.label() + "\"").toList()))));
                if (caseName.isBlank()) {
                    throw p.failure("a case needs a name");
                }
                Case c = Senders.assign(p.store, found, caseName);
                return output.done(new Result(p.folder, found.label(), c.getName(), found.messages().size()),
                        "Put " + Counted.of(found.messages().size(), "e-mail") + " of " + found.label() + " in case \"" + c.getName() + "\"");
            });
        }
    }
}
