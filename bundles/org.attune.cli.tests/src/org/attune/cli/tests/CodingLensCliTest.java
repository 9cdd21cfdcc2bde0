package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.attune.cli.tests.CliTest.Run;
import org.attune.coding.BlindCoding;
import org.attune.coding.Coder;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Every command-line reader of codings shows a viewer the same codings, those a simple model of the blind rule and
 * the coder choice allows: random codings of three coders and a consensus coder on three transcripts, random "done"
 * marks (a lead's too), blind on or off; then for each viewer (the coders, the lead, a stranger) and each coder
 * choice ({@code all}, {@code mine}, a coder, {@code consensus}) {@code codes list --counts}, {@code project info},
 * {@code segments}, {@code matrix} (code by source), {@code search code:} and {@code export project} are compared with
 * the model.
 */
class CodingLensCliTest {
    private static final OpenOptions OPEN = OpenOptions.of("test").withBackups(false);
    private static final List<String> CODERS = List.of("Ana", "Ben", "Cy", "consensus");
    private static final List<String> CODES = List.of("Alpha", "Beta", "Gamma");
    private static final List<String> SOURCES = List.of("Interview 1", "Interview 2", "Interview 3");

    /** One coding as the model knows it. */
    record Made(String source, String code, String coder, int start, int end) {
        String key() {
            return source + " " + start + "-" + end + " " + code + " " + coder;
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void everyReaderShowsWhatTheModelAllows(long seed, @TempDir Path folder) throws Exception {
        Random random = new Random(seed);
        Path project = folder.resolve("study");
        List<Made> made = new ArrayList<>();
        Map<String, java.util.Set<String>> done = new HashMap<>(); // viewer -> sources marked done
        boolean blind = seed != 4; // one project that does not code blind
        try (ProjectStore store = ProjectStore.create(project, "Lens " + seed, OPEN)) {
            AttuneFactory f = AttuneFactory.eINSTANCE;
            List<Code> codes = new ArrayList<>();
            List<TextSource> texts = new ArrayList<>();
            store.apply("build", () -> {
                for (String name : CODES) {
                    Code code = f.createCode();
                    code.setName(name);
                    store.project().getCodes().add(code);
                    codes.add(code);
                }
                for (String name : SOURCES) {
                    TextSource text = f.createTextSource();
                    text.setName(name);
                    text.setLength(300);
                    store.stageText(text, "word ".repeat(60));
                    store.project().getSources().add(text);
                    texts.add(text);
                }
            });
            Coder coder = new Coder(store);
            for (int i = 0; i < 24; i++) {
                store.setCurrentUser(CODERS.get(random.nextInt(CODERS.size())));
                int start = random.nextInt(250);
                coder.code(texts.get(random.nextInt(texts.size())), start, start + 1 + random.nextInt(50), codes.get(random.nextInt(codes.size())));
            }
            store.setCurrentUser("Lead");
            BlindCoding.setBlind(store, blind);
            for (String viewer : List.of("Ana", "Ben", "Cy", "Lead")) {
                User user = BlindCoding.user(store.project(), viewer);
                if (user == null) {
                    continue; // a coder who coded nothing this time
                }
                for (TextSource text : texts) {
                    if (random.nextInt(3) == 0) {
                        BlindCoding.markDone(store, text, user, true);
                        done.computeIfAbsent(viewer, v -> new java.util.HashSet<>()).add(text.getName());
                    }
                }
            }
            for (Source source : store.project().getSources()) {
                store.load(source);
                for (Coding c : source.getCodings()) {
                    TextSelection s = (TextSelection) c.getSelection();
                    made.add(new Made(source.getName(), c.getCode().getName(), c.getCreatedBy().getName(), s.getStart(), s.getEnd()));
                }
            }
        }
        String p = project.toString();
        for (String viewer : List.of("Ana", "Ben", "Cy", "Lead", "Stranger")) {
            List<String> coded = made.stream().map(Made::coder).filter(c -> !c.equals("consensus")).distinct().sorted().toList();
            for (String whose : List.of("all", "mine", coded.get(random.nextInt(coded.size())), "consensus")) {
                List<Made> chosen = made.stream().filter(m -> switch (whose) {
                    case "all" -> true;
                    case "mine" -> m.coder().equals(viewer);
                    default -> m.coder().equals(whose);
                }).toList();
                List<Made> shown = chosen.stream().filter(m -> !blind || m.coder().equals(viewer)
                        || done.getOrDefault(viewer, java.util.Set.of()).contains(m.source())).toList();
                String as = viewer + " --coder " + whose + " (seed " + seed + ", blind " + blind + ")";
                String[] lens = {"--as", viewer, "--coder", whose, "--json"};

                JsonObject counts = ok(args(new String[] {"codes", "list", p, "--counts"}, lens)).json();
                for (JsonElement e : counts.getAsJsonArray("codes")) {
                    String code = e.getAsJsonObject().get("name").getAsString();
                    assertEquals(shown.stream().filter(m -> m.code().equals(code)).count(), e.getAsJsonObject().get("codings").getAsLong(),
                            "codes list --counts, " + code + ", as " + as);
                }

                JsonObject info = ok(args(new String[] {"project", "info", p}, lens)).json();
                assertEquals(shown.size(), info.get("codings").getAsLong(), "project info, as " + as);
                if (blind) {
                    assertEquals(chosen.size() - shown.size(), info.get("hiddenCodings").getAsLong(), "project info's hidden, as " + as);
                }

                JsonObject segments = ok(args(new String[] {"segments", p, "--code", "Alpha", "Beta", "Gamma"}, lens)).json();
                List<String> listed = new ArrayList<>();
                for (JsonElement e : segments.getAsJsonArray("segments")) {
                    JsonObject s = e.getAsJsonObject();
                    listed.add(s.get("source").getAsString() + " " + s.get("start").getAsInt() + "-" + s.get("end").getAsInt() + " "
                            + s.get("code").getAsString() + " " + s.get("coder").getAsString());
                }
                assertEquals(sorted(shown.stream().map(Made::key).toList()), sorted(listed), "segments, as " + as);
                if (blind) {
                    assertEquals(chosen.size() - shown.size(), segments.get("hidden").getAsInt(), "segments' hidden, as " + as);
                }

                JsonObject matrix = ok(args(new String[] {"matrix", p, "--columns", "sources", "--measure", "codings"}, lens)).json()
                        .getAsJsonObject("matrix");
                assertEquals(cells(shown), cells(matrix), "matrix code x source, as " + as);

                Run search = ok(args(new String[] {"search", p, "code:Beta", "--kind", "coding"}, lens));
                assertEquals(shown.stream().filter(m -> m.code().equals("Beta")).count(), search.json().get("count").getAsLong(),
                        "search code:Beta, as " + as);

                Path qdpx = folder.resolve("export-" + viewer + "-" + whose + ".qdpx");
                ok(args(new String[] {"export", "project", p, qdpx.toString()}, lens));
                assertEquals(shown.size(), exportedCodings(qdpx, "<PlainTextSelection "), "export project's REFI-QDA codings, as " + as);
                assertEquals(shown.size(), exportedCodings(qdpx, "\"$\":\"Coding\""), "export project's model records, as " + as);
            }
        }
    }

    private static String[] args(String[] command, String[] lens) {
        String[] all = new String[command.length + lens.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(lens, 0, all, command.length, lens.length);
        return all;
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }

    /** The model's non-empty cells, "code | source" to count. */
    private static Map<String, Long> cells(List<Made> shown) {
        Map<String, Long> cells = new TreeMap<>();
        shown.forEach(m -> cells.merge(m.code() + " | " + m.source(), 1L, Long::sum));
        return cells;
    }

    /** The matrix's non-empty cells. */
    private static Map<String, Long> cells(JsonObject matrix) {
        Map<String, Long> cells = new TreeMap<>();
        JsonArray rows = matrix.getAsJsonArray("rows");
        JsonArray columns = matrix.getAsJsonArray("columns");
        JsonArray values = matrix.getAsJsonArray("values");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                long n = values.get(r).getAsJsonArray().get(c).getAsLong();
                if (n != 0) {
                    cells.put(rows.get(r).getAsJsonObject().get("label").getAsString() + " | "
                            + columns.get(c).getAsJsonObject().get("label").getAsString(), n);
                }
            }
        }
        return cells;
    }

    /** How often {@code mark} occurs in the archive's project.qde or model.json. */
    private static long exportedCodings(Path qdpx, String mark) throws IOException {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            String entry = mark.startsWith("<") ? "project.qde" : "attune/model.json";
            String text = new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile(Pattern.quote(mark)).matcher(text);
            long n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        }
    }
}
