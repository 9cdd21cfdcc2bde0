package org.attune.bench.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;

/**
 * A child's record of what it did: {@code BEGIN <step>} before an action, {@code ACK <id> <step>} once the store
 * call returned (the acknowledgement a user would see), {@code FAIL <id> <reason>} when the action was refused.
 * Lines are appended with one write each and not forced to disk: a SIGKILL ends the process, not the kernel, so
 * what was written stays; a power cut is outside this campaign.
 */
public final class Journal {
    static final String READY = "READY";
    private static final Gson GSON = new Gson();
    private final Path file;

    public Journal(Path file) {
        this.file = file;
    }

    public void begin(Step step) throws IOException {
        append("BEGIN " + GSON.toJson(step));
    }

    public void ack(Step step) throws IOException {
        append("ACK " + step.id() + " " + GSON.toJson(step));
    }

    void fail(Step step, String reason) throws IOException {
        append("FAIL " + step.id() + " " + reason.replace('\n', ' '));
    }

    public void ready() throws IOException {
        append(READY);
    }

    private void append(String line) throws IOException {
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * What a journal says: the acknowledged steps in order, the one cut off (or null), and the refused ones;
     * {@code unsettled}: every step begun and neither acknowledged nor refused (the one cut off, and those whose outcome
     * the child could not learn), in order.
     */
    public record Reading(List<Step> acknowledged, Step inFlight, Map<String, String> failed, boolean ready, List<Step> unsettled) {
    }

    public static Reading read(Path file) throws IOException {
        List<Step> acked = new ArrayList<>();
        Map<String, Step> begun = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        boolean ready = false;
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.equals(READY)) {
                    ready = true;
                } else if (line.startsWith("BEGIN ")) {
                    Step step = parse(line.substring(6));
                    if (step != null) {
                        begun.put(step.id(), step);
                    }
                } else if (line.startsWith("ACK ")) {
                    Step step = parse(line.substring(line.indexOf(' ', 4) + 1));
                    if (step != null) {
                        begun.remove(step.id());
                        acked.add(step);
                    }
                } else if (line.startsWith("FAIL ")) {
                    String rest = line.substring(5);
                    int space = rest.indexOf(' ');
                    String id = space < 0 ? rest : rest.substring(0, space);
                    begun.remove(id);
                    failed.put(id, space < 0 ? "" : rest.substring(space + 1));
                }
            }
        }
        Step inFlight = begun.isEmpty() ? null : List.copyOf(begun.values()).get(begun.size() - 1);
        return new Reading(acked, inFlight, failed, ready, List.copyOf(begun.values()));
    }

    /** A line cut by the kill in the middle of its write is no acknowledgement. */
    private static Step parse(String json) {
        try {
            return GSON.fromJson(json, Step.class);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
