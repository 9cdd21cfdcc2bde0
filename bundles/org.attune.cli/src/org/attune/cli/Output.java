package org.attune.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Mixin for every command that prints a result: text for people by default, one JSON document with
 * {@code --json} for scripts. Commands call {@link #print(Object, String)} once with both forms.
 */
public class Output {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .registerTypeAdapter(Instant.class, (JsonSerializer<Instant>) (v, t, c) -> new JsonPrimitive(v.toString()))
            .registerTypeHierarchyAdapter(Path.class, (JsonSerializer<Path>) (v, t, c) -> new JsonPrimitive(v.toString()))
            .create();

    @Option(names = "--json", description = "Print the result as one JSON document (for scripts).")
    boolean json;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /**
     * Prints {@code result} as JSON with --json, else {@code text}. The JSON also holds the warnings opening the
     * project gave (they went to stderr as they came), as {@code "warnings"}.
     */
    public void print(Object result, String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(withWarnings(result)) : text);
        out.flush();
    }

    /**
     * Prints {@code result} as {@link #print(Object, String)} does and gives {@link Cli#OK}: the end of every command
     * that did its work and shows what it did.
     */
    public int done(Object result, String text) {
        print(result, text);
        return Cli.OK;
    }

    private Object withWarnings(Object result) {
        List<String> warnings = spec.mixins().values().stream().map(CommandSpec::userObject)
                .filter(ProjectAccess.class::isInstance).map(m -> ((ProjectAccess) m).warnings()).findFirst().orElse(List.of());
        if (warnings.isEmpty()) {
            return result;
        }
        JsonElement tree = GSON.toJsonTree(result);
        if (tree.isJsonObject()) {
            tree.getAsJsonObject().add("warnings", GSON.toJsonTree(warnings));
        }
        return tree;
    }

    /** Whether --json was given. */
    public boolean isJson() {
        return json;
    }

    public static String toJson(Object value) {
        return GSON.toJson(value);
    }
}
