package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.coding.Coder;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;

/**
 * On the sample study with codings by a second coder and the consensus, each {@code --coder} choice (all, mine, a
 * coder, consensus) gives the same number of codings in {@code segments}, {@code matrix} (code by source),
 * {@code codes list --counts} and {@code project info}, and that number is the store's count of that coder's codings.
 */
class SampleCoderFilterCliTest {
    @Test
    void segmentsMatrixAndCountsAgreeForEveryCoderChoice(@TempDir Path folder) throws Exception {
        Path project = folder.resolve("sample");
        CliTest.ok("project", "sample", project.toString());
        String sampleCoder;
        List<String> codes = new ArrayList<>();
        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("test").withBackups(false))) {
            sampleCoder = store.project().getUsers().get(0).getName();
            TextSource interview = store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
                    .filter(t -> t.getLength() > 400).findFirst().orElseThrow();
            Code first = store.project().getCodes().get(0);
            Coder coder = new Coder(store);
            store.setCurrentUser("Ben");
            coder.code(interview, 0, 40, first);
            coder.code(interview, 200, 260, store.project().getCodes().get(1));
            store.setCurrentUser("consensus");
            coder.code(interview, 0, 45, first);
            org.eclipse.emf.ecore.util.EcoreUtil.<Object>getAllContents(store.project().getCodes(), false).forEachRemaining(o -> {
                if (o instanceof Code c) {
                    codes.add(c.path());
                }
            });
        }
        String p = project.toString();
        for (String[] choice : new String[][] {{"all", null}, {"mine", sampleCoder}, {"Ben", "Ben"}, {"consensus", "consensus"}}) {
            long expected = count(project, choice[1]);
            assertTrue(expected > 0, choice[0]);
            String[] lens = {"--as", sampleCoder, "--coder", choice[0], "--json"};
            List<String> segments = new ArrayList<>(List.of("segments", p, "--no-subcodes", "--code"));
            segments.addAll(codes);
            segments.addAll(List.of(lens));
            assertEquals(expected, ok(segments.toArray(String[]::new)).json().get("count").getAsLong(), "segments --coder " + choice[0]);
            List<String> matrix = new ArrayList<>(List.of("matrix", p, "--columns", "sources"));
            matrix.addAll(List.of(lens));
            assertEquals(expected, ok(matrix.toArray(String[]::new)).json().getAsJsonObject("matrix").get("total").getAsLong(),
                    "matrix --coder " + choice[0]);
            List<String> list = new ArrayList<>(List.of("codes", "list", p, "--counts"));
            list.addAll(List.of(lens));
            long counted = 0;
            for (JsonElement code : ok(list.toArray(String[]::new)).json().getAsJsonArray("codes")) {
                counted += code.getAsJsonObject().get("codings").getAsLong();
            }
            assertEquals(expected, counted, "codes list --counts --coder " + choice[0]);
            List<String> info = new ArrayList<>(List.of("project", "info", p));
            info.addAll(List.of(lens));
            assertEquals(expected, ok(info.toArray(String[]::new)).json().get("codings").getAsLong(), "project info --coder " + choice[0]);
        }
        CliTest.refused(Cli.USAGE, "there is no coder named \"Dee\"", "segments", p, "--code", codes.get(0), "--coder", "Dee");
    }

    /** The store's codings by {@code coder} (null: everyone's). */
    private static long count(Path project, String coder) throws Exception {
        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("test").withBackups(false))) {
            long n = 0;
            for (Source s : store.project().getSources()) {
                store.load(s);
                for (Coding c : s.getCodings()) {
                    if (coder == null || c.getCreatedBy() != null && coder.equals(c.getCreatedBy().getName())) {
                        n++;
                    }
                }
            }
            return n;
        }
    }

    private static Run ok(String... args) {
        Run run = cli(args);
        assertEquals(Cli.OK, run.exitCode(), String.join(" ", args) + ": " + run.err());
        return run;
    }
}
