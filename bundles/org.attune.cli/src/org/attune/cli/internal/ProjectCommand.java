package org.attune.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.attune.cli.CliFailure;
import org.attune.cli.Output;
import org.attune.cli.ProjectAccess;
import org.attune.coding.CodingLens;
import org.attune.core.Counted;
import org.attune.model.Source;
import org.attune.sample.SampleProject;
import org.attune.store.BackupInfo;
import org.attune.store.BackupSurvey;
import org.attune.store.ProjectCounts;
import org.attune.store.ProjectStore;
import org.attune.store.ProjectSummary;
import org.attune.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code project create|sample|info|backups|restore|publish|upgrade|members}. */
@Command(name = "project", description = "Create, describe, back up, restore, publish or upgrade a project; list and change a team project's members.",
        subcommands = {ProjectCommand.Create.class, ProjectCommand.Sample.class, ProjectCommand.Info.class, ProjectCommand.ListBackups.class,
                ProjectCommand.Restore.class, ProjectCommand.Publish.class, ProjectCommand.Upgrade.class, MembersCommand.class})
public class ProjectCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: create, sample, info, backups, restore, publish, upgrade or members");
    }

    /** What {@code create} and {@code sample} take: a new or empty folder, the passphrase options and {@code --json}. */
    abstract static class NewProject implements Callable<Integer> {
        @Parameters(paramLabel = "<dir>", arity = "0..1", description = "The project folder (created if missing; must be empty).")
        Path folder;

        @Spec
        CommandLine.Model.CommandSpec spec;

        Path folder() {
            if (folder == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: '<dir>'");
            }
            return folder.toAbsolutePath().normalize();
        }

        @Mixin
        ProjectAccess access;

        @Mixin
        Output output;
    }

    @Command(name = "create", description = "Create a new, empty project in a new or empty folder.")
    static class Create extends NewProject {
        @Option(names = "--name", paramLabel = "NAME", description = "The project's name (default: the folder's or database's name).")
        String name;

        @Option(names = "--encrypt", description = "Encrypt the project at rest with a passphrase.")
        boolean encrypt;

        @Option(names = "--server", paramLabel = "JDBC-URL", description = "Create a team project instead, in the empty PostgreSQL "
                + "database jdbc:postgresql://host:port/database?user=NAME (password: $PGPASSWORD or ~/.pgpass).")
        String server;

        @Override
        public Integer call() {
            if (server != null) {
                if (folder != null || encrypt) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--server makes a team project: give no folder and no --encrypt");
                }
                String database = server.replaceFirst("[?].*", "").replaceFirst(".*/", "");
                return TeamProjects.create(server, name != null ? name : database, output);
            }
            Path dir = folder();
            String projectName = name != null ? name : dir.getFileName().toString();
            try (ProjectStore store = ProjectStore.create(dir, projectName, access.toCreate(encrypt).withBackups(false))) {
                ProjectSummary summary = store.summary();
                return output.done(summary, "Created " + (encrypt ? "encrypted " : "") + "project \"" + summary.name()
                        + "\" in " + summary.folder());
            } catch (StoreException e) {
                throw new CliFailure(e.getMessage(), e);
            }
        }
    }

    @Command(name = "sample", description = "Create the fictional VIG sample study (six interviews, a themed codebook, "
            + "codings, memos, cases) in a new or empty folder, to try Attune out.")
    static class Sample extends NewProject {
        @Override
        public Integer call() {
            Path dir = folder();
            try (ProjectStore store = SampleProject.create(dir, access.toCreate(false).withBackups(false))) {
                ProjectSummary s = store.summary();
                return output.done(s, String.format(java.util.Locale.ROOT,
                        "Created the sample project \"%s\" in %s: %d sources, %d cases, %d codes, %d codings, %d memos",
                        s.name(), s.folder(), s.sources(), s.cases(), s.codes(), s.codings(), s.memos()));
            } catch (StoreException e) {
                throw new CliFailure(e.getMessage(), e);
            } catch (IOException e) {
                throw new CliFailure(dir + ": cannot create the sample project (" + e.getMessage() + ")", e);
            }
        }
    }

    @Command(name = "info", description = "Describe a project: name, schema version, and what it holds (the codings "
            + "the user may see, when the project codes blind).")
    static class Info implements Callable<Integer> {
        @Parameters(paramLabel = "<dir>", description = "The project folder, or a team project's jdbc:postgresql://host:port/database URL.")
        String location;

        @Mixin
        Viewing viewing;

        @Mixin
        ProjectAccess access;

        @Mixin
        Output output;

        /**
         * The summary; {@code codings} counts those the viewer is shown (all of them unless the project codes blind or
         * {@code --coder} chooses); {@code viewer} and {@code hiddenCodings} are null unless the project codes blind.
         */
        record Described(Path folder, String name, Instant created, int schemaVersion, boolean encrypted, long sources,
                long cases, long codes, long codings, long memos, long ratingScales, long ratingSheets, String viewer,
                Long hiddenCodings) {
        }

        @Override
        public Integer call() {
            if (TeamProjects.isTeamUrl(location)) {
                return TeamProjects.info(location, output);
            }
            return OpenProject.run(Path.of(location), access, false, p -> {
                ProjectSummary s = p.store.summary();
                CodingLens lens = viewing.lens(p.store.project());
                long codings = s.codings();
                long hidden = 0;
                if (lens.blind() || viewing.coder != null) {
                    codings = 0;
                    for (Source source : p.store.project().getSources()) {
                        p.store.load(source);
                        codings += source.getCodings().stream().filter(lens).count();
                        hidden += source.getCodings().stream().filter(lens::hides).count();
                    }
                }
                Described d = new Described(s.folder(), s.name(), s.created(), s.schemaVersion(), s.encrypted(), s.sources(),
                        s.cases(), s.codes(), codings, s.memos(), s.ratingScales(), s.ratingSheets(),
                        lens.blind() ? viewing.viewer() : null, lens.blind() ? hidden : null);
                return output.done(d, String.join(System.lineSeparator(),
                        "Project:        " + s.name(),
                        "Folder:         " + s.folder(),
                        "Created:        " + s.created(),
                        "Schema version: " + s.schemaVersion(),
                        "Encrypted:      " + (s.encrypted() ? "yes" : "no"),
                        "Sources:        " + s.sources(),
                        "Cases:          " + s.cases(),
                        "Codes:          " + s.codes(),
                        "Codings:        " + codings + (hidden == 0 ? "" : " (" + Counted.of(hidden, "coding")
                                + " of other coders hidden from " + viewing.viewer() + ": blind coding)"),
                        "Memos:          " + s.memos(),
                        "Rating scales:  " + s.ratingScales(),
                        "Rating sheets:  " + s.ratingSheets()));
            });
        }
    }

    /** What the commands on a closed project's backups take: its folder (they open no store) and {@code --json}. */
    abstract static class OnProjectFolder implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<dir>", description = "The project folder.")
        Path folder;

        @Mixin
        Output output;

        Path dir() {
            return folder.toAbsolutePath().normalize();
        }
    }

    @Command(name = "backups", description = "List a project's backups that can be restored, newest first, with "
            + "what each holds; damaged ones are named apart and never offered.")
    static class ListBackups extends OnProjectFolder {
        record Listed(String name, Instant made, long bytes, ProjectCounts counts) {
        }

        record Listing(Path folder, List<Listed> backups, List<BackupSurvey.Damaged> damaged) {
        }

        @Override
        public Integer call() {
            Path dir = dir();
            BackupSurvey survey = ProjectStore.backupSurvey(dir);
            List<Listed> listed = survey.usable().stream().map(b -> new Listed(b.name(), b.made(), b.bytes(), b.counts())).toList();
            List<String> lines = new ArrayList<>();
            for (BackupInfo b : survey.usable()) {
                lines.add(String.format(Locale.ROOT, "%-40s %s  %8s  %s", b.name(), b.made().truncatedTo(ChronoUnit.SECONDS),
                        b.size(), b.holds()));
            }
            if (listed.isEmpty()) {
                lines.add("No backups yet.");
            }
            for (BackupSurvey.Damaged d : survey.damaged()) {
                lines.add("Damaged, not offered: " + d.name() + " (" + d.reason() + ")");
            }
            return output.done(new Listing(dir, listed, survey.damaged()), String.join(System.lineSeparator(), lines));
        }
    }

    @Command(name = "restore", description = "Replace a closed project's store with one of its backups, after checking "
            + "the backup whole (the current store is kept beside it).")
    static class Restore extends OnProjectFolder {
        @Parameters(index = "1", paramLabel = "<backup>", description = "A name listed by 'project backups'.")
        String backup;

        record Restored(Path folder, String backup, Path previousStore) {
        }

        @Override
        public Integer call() {
            Path dir = dir();
            try {
                Path previous = ProjectStore.restore(dir, backup, ProjectAccess.HOLDER);
                return output.done(new Restored(dir, backup, previous),
                        "Restored " + backup + "; the replaced store is in " + previous.getFileName()
                                + " until the project next opens sound, then it is kept as a backup in backups/");
            } catch (StoreException e) {
                throw new CliFailure(e.getMessage(), e);
            }
        }
    }

    @Command(name = "publish", description = "Upload a local project, all of it and in one transaction, into an empty PostgreSQL "
            + "database as a team project (password: $PGPASSWORD or ~/.pgpass). The local project stays as it is.")
    static class Publish extends OnProject {
        @Parameters(index = "1", paramLabel = "<jdbc-url>", description = "The empty database: jdbc:postgresql://host:port/database?user=NAME.")
        String url;

        @Override
        public Integer call() {
            if (!TeamProjects.isTeamUrl(url)) {
                throw new CommandLine.ParameterException(spec.commandLine(), url + ": not a jdbc:postgresql://host:port/database URL");
            }
            Path dir = project.toAbsolutePath().normalize();
            return OpenProject.read(dir, access, spec, store -> TeamProjects.publish(store, url, output));
        }
    }

    @Command(name = "upgrade", description = "Bring a team project laid out by an earlier Attune up to date, in one transaction "
            + "(run by its lead, the owner of its tables); a project up to date is left as it is.")
    static class Upgrade implements Callable<Integer> {
        @Parameters(paramLabel = "<jdbc-url>", description = "The team project: jdbc:postgresql://host:port/database?user=NAME.")
        String url;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            if (!TeamProjects.isTeamUrl(url)) {
                throw new CommandLine.ParameterException(spec.commandLine(), url + ": not a jdbc:postgresql://host:port/database URL");
            }
            return TeamProjects.upgrade(url, output);
        }
    }
}
