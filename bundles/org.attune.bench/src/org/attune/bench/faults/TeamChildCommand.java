package org.attune.bench.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.attune.cli.Cli;
import org.attune.cli.CliFailure;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.store.pg.StaleDataException;
import org.attune.store.pg.TeamProject;
import org.attune.store.pg.TeamProjectException;

import com.google.gson.Gson;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code faults team-child URL ...}: one client of the team crash test. It adds, renames and deletes codes of its own
 * (named after its prefix and the action's number) on the team project, journalling each action before it (BEGIN) and
 * once {@code apply} returned (ACK) or refused it (FAIL); an action whose outcome it cannot learn stays begun. When the
 * stop file appears it waits for the others' last changes and writes its model's codes (id to name) to {@code --model}.
 */
@Command(name = "team-child", hidden = true, description = "Act on a team project, journalling each action, until stopped or killed.")
public class TeamChildCommand implements Callable<Integer> {
    /** The message part by which a client says it could not learn an action's outcome ({@code TeamProject}). */
    static final String UNKNOWN = "may or may not have been done";
    static final String ADD = "add-code";
    static final String RENAME = "rename-code";
    static final String DELETE = "delete-code";
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;

    @Parameters(paramLabel = "<url>")
    String url;

    @Option(names = "--journal", required = true)
    Path journal;

    @Option(names = "--prefix", required = true, description = "Starts every code name and action id of this client.")
    String prefix;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--stop", required = true, description = "The file whose appearance ends the run.")
    Path stop;

    @Option(names = "--model", required = true, description = "Where the model's codes are written at the end (JSON).")
    Path model;

    @Option(names = "--limit", defaultValue = "1000000", description = "Actions before stopping by itself.")
    int limit;

    @Override
    public Integer call() throws Exception {
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(Cli.FAILED)));
        Journal log = new Journal(journal);
        try (TeamProject team = openOnceTheServerIsUp()) {
            log.ready();
            Random random = new Random(seed);
            List<Code> mine = new ArrayList<>();
            for (int n = 1; n <= limit && !Files.exists(stop); n++) {
                act(team, log, random, mine, prefix + "-" + n);
                Thread.sleep(random.nextInt(20));
            }
            Thread.sleep(2_000); // the others' last notifications
            Files.writeString(model, new Gson().toJson(codes(team)), StandardCharsets.UTF_8);
        } catch (TeamProjectException e) {
            throw new CliFailure(e.getMessage(), e);
        }
        return Cli.OK;
    }

    /**
     * The team project, opened as its user would open it: a child started while the test restarts the server finds it
     * away (connection refused, or "the database system is starting up") and tries again, for up to a minute.
     */
    private TeamProject openOnceTheServerIsUp() throws TeamProjectException, InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try {
                return TeamProject.open(url, Runnable::run);
            } catch (TeamProjectException e) {
                if (System.nanoTime() > end) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    /** The codes a child wrote at its end ({@code --model}), id to name. */
    static Map<String, String> readCodes(Path model) throws IOException {
        Map<String, String> codes = new TreeMap<>();
        JsonParser.parseString(Files.readString(model, StandardCharsets.UTF_8)).getAsJsonObject().entrySet()
                .forEach(e -> codes.put(e.getKey(), e.getValue().getAsString()));
        return codes;
    }

    /** The codes of the team project's model (or of the database, opened anew), id to name. */
    static Map<String, String> codes(TeamProject team) {
        return team.read(() -> {
            Map<String, String> codes = new TreeMap<>();
            team.project().getCodes().forEach(c -> codes.put(c.getId(), c.getName()));
            return codes;
        });
    }

    private static void act(TeamProject team, Journal log, Random random, List<Code> mine, String id) throws IOException {
        int pick = random.nextInt(10);
        Step step;
        Runnable change;
        Runnable done;
        if (mine.isEmpty() || pick < 5) {
            Code code = F.createCode();
            code.setId(UUID.randomUUID().toString());
            code.setName(id);
            step = step(id, ADD, code.getId(), id); // not in the model yet: no other thread changes it
            change = () -> team.project().getCodes().add(code);
            done = () -> mine.add(code);
        } else if (pick < 8) {
            Code code = mine.get(random.nextInt(mine.size()));
            step = step(id, RENAME, team.read(code::getId), id);
            change = () -> code.setName(id);
            done = () -> { };
        } else {
            Code code = mine.get(random.nextInt(mine.size()));
            step = step(id, DELETE, team.read(code::getId), null);
            change = () -> team.project().getCodes().remove(code);
            done = () -> mine.remove(code);
        }
        log.begin(step);
        try {
            team.apply(id, change);
            log.ack(step);
            done.run();
        } catch (StaleDataException e) {
            log.fail(step, e.getMessage());
        } catch (TeamProjectException e) {
            if (!e.getMessage().contains(UNKNOWN)) {
                log.fail(step, e.getMessage());
            } // else it stays begun: done or not, the check allows both
        }
    }

    /**
     * {@code code}: the code's id, read under the model's lock (others' actions are brought in on the listening thread,
     * which reads a code again by unsetting and setting its features: read outside the lock, an id could be missing).
     */
    private static Step step(String id, String kind, String code, String name) {
        return new Step(id, kind, null, code, null, 0, 0, name, null, null, null);
    }
}
