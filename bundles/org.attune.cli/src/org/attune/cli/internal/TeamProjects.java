package org.attune.cli.internal;

import java.time.Instant;
import java.util.Locale;

import org.attune.cli.CliFailure;
import org.attune.cli.Output;
import org.attune.model.Project;
import org.attune.store.ProjectCounts;
import org.attune.store.ProjectStore;
import org.attune.store.pg.PgConnections;
import org.attune.store.pg.TeamLayout;
import org.attune.store.pg.TeamProject;
import org.attune.store.pg.TeamProjectException;

/**
 * The team-project side of {@code project create --server}, {@code project publish}, {@code project info} and
 * {@code project upgrade} on a {@code jdbc:postgresql://} URL (password from the URL, {@code $PGPASSWORD} or
 * {@code ~/.pgpass}).
 */
final class TeamProjects {
    /** What {@code info} says of a team project; the counts are what the server holds. */
    record Described(String server, String name, Instant created, int schemaVersion, long sources, long cases, long codes,
            long codings, long memos, long ratingScales, long ratingSheets) {
    }

    private TeamProjects() {
    }

    static boolean isTeamUrl(String location) {
        return PgConnections.isTeamUrl(location);
    }

    static int create(String url, String name, Output output) {
        return onServer(() -> {
            TeamProject.create(url, name);
            return describe(url, output, "Created team project \"%s\" on %s");
        });
    }

    static int publish(ProjectStore local, String url, Output output) {
        return onServer(() -> {
            TeamProject.publish(local, url);
            return describe(url, output, "Published \"%s\" to %s");
        });
    }

    static int upgrade(String url, Output output) {
        return onServer(() -> {
            TeamLayout.Upgraded u = TeamLayout.upgrade(url);
            String project = "team project \"" + u.name() + "\" on " + u.server();
            return output.done(u, !u.changed() ? "The " + project + " is up to date (layout " + u.to() + "): nothing was changed"
                    : "Upgraded the " + project + " from layout " + u.from() + " to " + u.to() + ": "
                            + (u.added().isEmpty() ? "it lacked nothing" : "added " + String.join("; ", u.added())));
        });
    }

    static int info(String url, Output output) {
        return onServer(() -> describe(url, output, null));
    }

    /** What a command does on the server; returns the exit code. */
    private interface ServerWork {
        int run() throws TeamProjectException;
    }

    /** Runs {@code work}; the server's refusal, whose message names the server and the reason, becomes a {@link CliFailure}. */
    private static int onServer(ServerWork work) {
        try {
            return work.run();
        } catch (TeamProjectException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    private static int describe(String url, Output output, String headline) throws TeamProjectException {
        try (TeamProject team = TeamProject.open(url, Runnable::run)) {
            ProjectCounts c = team.projectCounts();
            Project p = team.project();
            String server = PgConnections.withoutPassword(url);
            Described d = team.read(() -> new Described(server, p.getName(), p.getCreated() == null ? null : p.getCreated().toInstant(),
                    p.getSchemaVersion(), c.sources(), c.cases(), c.codes(), c.codings(), c.memos(), c.ratingScales(), c.ratingSheets()));
            String counts = String.format(Locale.ROOT, "%d sources, %d cases, %d codes, %d codings, %d memos", d.sources(), d.cases(),
                    d.codes(), d.codings(), d.memos());
            return output.done(d, headline != null ? String.format(Locale.ROOT, headline, d.name(), server) + ": " + counts
                    : String.join(System.lineSeparator(),
                            "Project:        " + d.name(),
                            "Server:         " + server,
                            "Created:        " + d.created(),
                            "Schema version: " + d.schemaVersion(),
                            "Sources:        " + d.sources(),
                            "Cases:          " + d.cases(),
                            "Codes:          " + d.codes(),
                            "Codings:        " + d.codings(),
                            "Memos:          " + d.memos(),
                            "Rating scales:  " + d.ratingScales(),
                            "Rating sheets:  " + d.ratingSheets()));
        }
    }
}
