package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.attune.cli.Cli;
import org.attune.coding.Cases;
import org.attune.coding.CodedSegments;
import org.attune.model.AttributeDefinition;
import org.attune.model.Case;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.model.attributes.Attributes;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cases list|create|set|link-speaker|remove-participant}: the participants and their attribute sheet. */
@Command(name = "cases", description = "List cases with their attributes, create cases, set attributes, link speakers.",
        subcommands = {CasesCommand.ListCases.class, CasesCommand.Create.class, CasesCommand.SetAttribute.class,
                CasesCommand.LinkSpeaker.class, CasesCommand.RemoveParticipant.class})
public class CasesCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list, create, set, link-speaker or remove-participant");
    }

    /** A case with its role, attribute values (in the order the attributes are defined) and sources. */
    record CaseRow(String name, String role, Map<String, String> attributes, List<String> sources) {
        static CaseRow of(Case c, List<AttributeDefinition> definitions) {
            Map<String, String> values = new LinkedHashMap<>();
            definitions.forEach(d -> values.put(d.getName(), CodedSegments.valueOf(c, d.getName())));
            return new CaseRow(c.getName(), c.getRole(), values, c.getSources().stream().map(Source::getName).toList());
        }
    }

    @Command(name = "list", description = "The attribute sheet: one row per case, one column per attribute.")
    static class ListCases extends OnProject {
        record Result(Path project, List<String> attributes, int count, List<CaseRow> cases) {
        }

        @Override
        public Integer call() {
            return look(p -> {
                List<AttributeDefinition> definitions = Attributes.ofCases(p.store.project());
                List<CaseRow> rows = p.store.project().getCases().stream().map(c -> CaseRow.of(c, definitions)).toList();
                List<String> names = definitions.stream().map(AttributeDefinition::getName).toList();
                return output.done(new Result(p.folder, names, rows.size(), rows), AttributeSheet.text(List.of("CASE", "ROLE"), names,
                        List.of("SOURCES"), rows, r -> List.of(r.name(), r.role() == null ? "" : r.role()), CaseRow::attributes,
                        r -> List.of(r.sources()), "case"));
            });
        }
    }

    @Command(name = "create", description = "Create a case (a participant).")
    static class Create extends OnProject {
        @Parameters(index = "1", paramLabel = "NAME", description = "The case's name.")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", description = "e.g. carer, guider, manager.")
        String role;

        @Override
        public Integer call() {
            return change(p -> {
                Case c = new Cases(p.store).create(name, role);
                return output.done(CaseRow.of(c, Attributes.ofCases(p.store.project())),
                        "Created case \"" + c.getName() + "\"" + (c.getRole() == null ? "" : " (" + c.getRole() + ")"));
            });
        }
    }

    @Command(name = "set", description = "Set a case attribute (role, or any attribute: new ones are defined as text); "
            + "an empty value removes it.")
    static class SetAttribute extends AttributeSetting<Case> {
        @Parameters(index = "1", paramLabel = "CASE", description = "The case.")
        String caseName;

        @Override
        Case target(OpenProject p) {
            return p.caseNamed(caseName);
        }

        @Override
        Outcome set(OpenProject p, Case c) {
            new Cases(p.store).setAttribute(c, attribute, value);
            return new Outcome(c.getName(), CodedSegments.valueOf(c, attribute.strip()), CaseRow.of(c, Attributes.ofCases(p.store.project())));
        }
    }

    @Command(name = "link-speaker", description = "Link every turn of a speaker in a transcript to a case "
            + "(segments then show that case).")
    static class LinkSpeaker extends OnProject {
        @Option(names = "--source", required = true, paramLabel = "NAME", description = "The transcript.")
        String source;

        @Option(names = "--speaker", required = true, paramLabel = "SPEAKER", description = "The speaker as the transcript names them.")
        String speaker;

        @Option(names = "--case", required = true, paramLabel = "CASE", description = "The case.")
        String caseName;

        record Result(Path project, String source, String speaker, String caseName, int turns) {
        }

        @Override
        public Integer call() {
            return change(p -> {
                TextSource text = p.textSource(source);
                Case c = p.caseNamed(caseName);
                LinkedHashSet<String> speakers = new LinkedHashSet<>();
                text.getTurns().stream().map(SpeakerTurn::getSpeaker).filter(s -> s != null).forEach(speakers::add);
                if (speakers.stream().noneMatch(s -> s.equalsIgnoreCase(speaker.strip()))) {
                    throw p.failure("nobody called \"" + speaker.strip() + "\" speaks in \"" + text.getName() + "\""
                            + (speakers.isEmpty() ? " (it has no speaker turns)" : "; the speakers are " + String.join(", ", speakers)));
                }
                int turns = new Cases(p.store).linkSpeaker(text, speaker.strip(), c);
                return output.done(new Result(p.folder, text.getName(), speaker.strip(), c.getName(), turns),
                        "Linked " + turns + " turns of " + speaker.strip() + " in \"" + text.getName() + "\" to case \""
                                + c.getName() + "\"");
            });
        }
    }

    @Command(name = "remove-participant", description = "Withdraw a participant: delete their case and everything of "
            + "theirs (their own sources and original files, their turns in shared transcripts and the codings on them, "
            + "attributes, memos about them, rating sheets, links, search index entries). Cannot be undone; the audit log "
            + "records that a participant was removed, without their name. See docs/sensitive-data.md.")
    static class RemoveParticipant extends OnProject {
        @Option(names = "--case", required = true, paramLabel = "NAME", description = "The participant's case.")
        String caseName;

        @Option(names = "--dry-run", description = "Only list what would be removed.")
        boolean dryRun;

        @Option(names = "--purge-backups", description = "Also delete the project's backups made before the removal "
                + "(they still hold the participant's data).")
        boolean purgeBackups;

        record Result(Path project, boolean dryRun, String counts, List<String> items, int backupsPurged,
                List<String> filesLeft) {
        }

        @Override
        public Integer call() {
            Result[] result = {null};
            int code = OpenProject.run(project, access, !dryRun, p -> {
                org.attune.coding.Withdrawal withdrawal = new org.attune.coding.Withdrawal(p.store);
                org.attune.coding.Withdrawal.Plan plan = withdrawal.plan(p.caseNamed(caseName));
                if (dryRun) {
                    result[0] = new Result(p.folder, true, plan.counts(), plan.lines(), 0, List.of());
                    return Cli.OK;
                }
                org.attune.coding.Withdrawal.Outcome outcome = withdrawal.remove(plan);
                result[0] = new Result(p.folder, false, plan.counts(), plan.lines(), 0,
                        outcome.filesLeft().stream().map(Path::toString).toList());
                return Cli.OK;
            });
            Result r = result[0];
            if (code != Cli.OK || r == null) {
                return code;
            }
            int purged = 0;
            if (!dryRun) {
                try {
                    org.attune.index.ProjectIndex.discard(r.project());
                    if (purgeBackups) {
                        purged = org.attune.store.ProjectStore.purgeBackups(r.project(), java.time.Instant.now());
                    }
                } catch (java.io.IOException | org.attune.store.StoreException e) {
                    throw new org.attune.cli.CliFailure(r.project() + ": the participant is removed, but " + e.getMessage(), e);
                }
            }
            Result shown = new Result(r.project(), r.dryRun(), r.counts(), r.items(), purged, r.filesLeft());
            StringBuilder text = new StringBuilder(dryRun ? "Would remove: " : "Removed: ").append(r.counts()).append('\n');
            r.items().forEach(line -> text.append("  ").append(line).append('\n'));
            if (!dryRun) {
                text.append("The removal cannot be undone; the audit log records it without the participant's name.\n");
                r.filesLeft().forEach(f -> text.append("Could not delete ").append(f).append("; delete it by hand\n"));
                text.append(purgeBackups ? org.attune.core.Counted.of(purged, "backup") + " made before the removal deleted"
                        : "Backups made before the removal still hold the participant's data: run again with "
                                + "--purge-backups, or delete them in backups/");
            }
            return output.done(shown, text.toString().strip());
        }
    }
}
