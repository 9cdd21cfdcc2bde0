package org.attune.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.attune.cli.CliFailure;
import org.attune.cli.Output;
import org.attune.store.pg.PgConnections;
import org.attune.store.pg.TeamMembers;
import org.attune.store.pg.TeamProjectException;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code project members URL}: the team project's members, and the lead's changes to them ({@code --add},
 * {@code --change}, {@code --remove}); {@link TeamMembers} does the work. A new login's password comes from stdin or a
 * prompt, never from the command line, and is never printed.
 */
@Command(name = "members", description = "List a team project's members (login, role, whether they can log in); the lead adds "
        + "one (--add LOGIN --role ROLE, the password from --password-stdin or a prompt), changes one's role (--change LOGIN "
        + "--role ROLE) or removes one (--remove LOGIN: the membership ends, what they made stays theirs).")
public class MembersCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<jdbc-url>", description = "The team project: jdbc:postgresql://host:port/database?user=NAME.")
    String url;

    @ArgGroup(exclusive = true)
    What what;

    /** At most one change per run. */
    static class What {
        @Option(names = "--add", paramLabel = "LOGIN", description = "Add LOGIN as a member (a new login, or one the server has).")
        String add;

        @Option(names = "--change", paramLabel = "LOGIN", description = "Give the member LOGIN another role.")
        String change;

        @Option(names = "--remove", paramLabel = "LOGIN", description = "End LOGIN's membership (the login and what they made stay).")
        String remove;
    }

    @Option(names = "--role", paramLabel = "ROLE", description = "With --add or --change: lead, coder, rater or viewer.")
    String role;

    @Option(names = "--password-stdin", description = "With --add: read the new login's password from the first line of stdin "
            + "(else it is asked for).")
    boolean passwordStdin;

    @Mixin
    Output output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** What {@code members} prints: the project's server, owner and members, and what was changed if anything. */
    record Listing(String server, String owner, String changed, String login, List<Member> members) {
    }

    /** A member as printed. */
    record Member(String login, String role, boolean canLogIn) {
    }

    @Override
    public Integer call() {
        if (!PgConnections.isTeamUrl(url)) {
            throw new CommandLine.ParameterException(spec.commandLine(), url + ": not a jdbc:postgresql://host:port/database URL");
        }
        What w = what == null ? new What() : what;
        if ((w.add != null || w.change != null) != (role != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), role == null ? "--add and --change need --role ROLE"
                    : "--role goes with --add or --change");
        }
        TeamMembers.Role chosen = role == null ? null : TeamMembers.Role.of(role);
        if (role != null && chosen == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--role " + role + ": not a role (lead, coder, rater or viewer)");
        }
        if (passwordStdin && w.add == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--password-stdin goes with --add");
        }
        TeamMembers members = new TeamMembers(url);
        try {
            String changed = null;
            String login = null;
            if (w.add != null) {
                login = w.add;
                members.add(login, chosen, password(members, login));
                changed = "added as " + chosen.label();
            } else if (w.change != null) {
                login = w.change;
                members.changeRole(login, chosen);
                changed = "now " + chosen.label();
            } else if (w.remove != null) {
                login = w.remove;
                members.remove(login);
                changed = "removed";
            }
            return print(members, changed, login);
        } catch (TeamProjectException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    private int print(TeamMembers members, String changed, String login) throws TeamProjectException {
        List<Member> listed = members.list().stream().map(m -> new Member(m.login(), m.role().label(), m.canLogIn())).toList();
        Listing listing = new Listing(members.server(), members.owner(), changed, login, listed);
        List<String> lines = new ArrayList<>();
        if (changed != null) {
            lines.add("\"" + login + "\" " + changed + (changed.equals("removed") ? " from " : " on ") + members.server());
        }
        lines.add("Members of " + members.server() + " (owner: " + listing.owner() + "):");
        int width = listed.stream().mapToInt(m -> m.login().length()).max().orElse(0);
        for (Member m : listed) {
            lines.add(String.format(Locale.ROOT, "  %-" + Math.max(width, 1) + "s  %-6s  %s", m.login(), m.role(),
                    m.canLogIn() ? "can log in" : "cannot log in"));
        }
        if (listed.isEmpty()) {
            lines.add("  none yet");
        }
        return output.done(listing, String.join(System.lineSeparator(), lines));
    }

    /**
     * The new login's password: the first line of stdin with --password-stdin, else typed twice at a prompt; null for a
     * login the server has already (it keeps its own). Never echoed.
     */
    private char[] password(TeamMembers members, String login) throws TeamProjectException {
        if (passwordStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new CliFailure("--password-stdin: no password on stdin (its first line is the password)");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new CliFailure("--password-stdin: cannot read stdin (" + e.getMessage() + ")", e);
            }
        }
        if (members.isLogin(login)) {
            return null;
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new CliFailure("\"" + login + "\" is a new login: give its password with --password-stdin");
        }
        char[] first = console.readPassword("Password for %s: ", login);
        if (first == null || !Arrays.equals(first, console.readPassword("Password again: "))) {
            throw new CliFailure("the two passwords differ");
        }
        return first;
    }
}
