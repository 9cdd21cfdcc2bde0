package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.attune.cli.Cli;
import org.attune.cli.CliFailure;
import org.attune.cli.Output;
import org.attune.cli.ProjectAccess;
import org.attune.index.CodingQuery;
import org.attune.index.SearchSyntaxException;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query <project> --codes "A AND B"}: the coded stretches an expression over codes selects. */
@Command(name = "query", description = "Coding query: stretches coded A AND B (overlapping), A OR B, A NOT B, A NEAR/n B.")
public class QueryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<project>", description = "The project folder.")
    Path project;

    @Option(names = "--codes", required = true, paramLabel = "EXPRESSION", description = "e.g. \"Shared review\" AND Attunement")
    String expression;

    @Mixin
    ProjectAccess access;

    @Mixin
    Output output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** A segment with its words, for people and scripts. */
    record Row(String source, int start, int end, List<String> codes, String text) {
    }

    record Result(String query, int count, List<Row> segments) {
    }

    @Override
    public Integer call() {
        try (ProjectStore store = ProjectStore.open(project, access.toOpen(project).withBackups(false))) {
            List<Row> rows = CodingQuery.run(store, expression).stream()
                    .map(s -> new Row(s.sourceName(), s.start(), s.end(), List.copyOf(s.codes()), s.words())).toList();
            StringBuilder lines = new StringBuilder();
            for (Row r : rows) {
                lines.append(String.format(Locale.ROOT, "%-24s %6d-%-6d %s%n", r.source(), r.start(), r.end(), r.text()));
            }
            output.print(new Result(expression, rows.size(), rows), lines + (rows.size() + " segments"));
            return Cli.OK;
        } catch (SearchSyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (StoreException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }
}
