package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.attune.agreement.text.Row;
import org.attune.coding.BlindCoding;
import org.attune.testsupport.TwoCoders;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.attune.ui.analysis.compare.AgreementReportView;
import org.attune.ui.analysis.compare.CompareCodersView;
import org.attune.ui.analysis.compare.CompareIds;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The Agreement Report's semantic domains: a project built through the store in which Ana and Ben code a transcript
 * with the theme T (codes T/x, T/y) and the code U; the view, with the method "Semantic domains", shows the domain T's
 * |uα and cuα and the overall Cuα with exactly the figures of {@code attune cli agreement --method domains --json}, a
 * chosen domain narrows the rows, the CSV export holds the same figures. Then the project codes blind: the report and
 * Compare Coders withhold the transcript from the lead until both coders and the lead marked it done.
 */
class DomainReportUiTest extends SampleWorkbench {
    private static final String THEME = "T";

    private Path twoCoders() throws Exception {
        return coders(false);
    }

    /** Ana's and Ben's codings, and with {@code third} Cy's: T/y [0,40), T/x [100,160), U [250,280). */
    private Path coders(boolean third) throws Exception {
        Path folder = tmp.resolve(third ? "three" : "domains");
        try (ProjectStore built = newProject(folder, "Domains")) {
            Code t = code(THEME);
            Code x = code("x");
            Code y = code("y");
            Code u = code("U");
            TextSource text = transcript("interview", 300);
            built.apply("build", () -> {
                built.project().getCodes().add(t);
                t.getChildren().add(x);
                t.getChildren().add(y);
                built.project().getCodes().add(u);
                built.stageText(text, "word ".repeat(60));
                built.project().getSources().add(text);
            });
            TwoCoders coders = TwoCoders.in(built).as("Ana").code(text, 0, 40, x).code(text, 40, 60, u).code(text, 100, 150, y)
                    .code(text, 200, 220, x)
                    .as("Ben").code(text, 0, 30, y).code(text, 30, 60, u).code(text, 100, 140, y).code(text, 250, 270, u);
            if (third) {
                coders.as("Cy").code(text, 0, 40, y).code(text, 100, 160, x).code(text, 250, 280, u);
            }
            coders.thenAs("Lead");
        }
        return folder;
    }

    /** The figure {@code id} of the CLI's row of {@code level} and {@code code} (the theme) over every source. */
    private static JsonObject figure(JsonObject result, String level, String code, String id) {
        JsonObject text = result.getAsJsonArray("studies").get(0).getAsJsonObject();
        assertEquals("characters", text.get("unit").getAsString());
        for (JsonElement r : text.getAsJsonArray("rows")) {
            JsonObject row = r.getAsJsonObject();
            boolean sameCode = code == null ? row.get("code") == null || row.get("code").isJsonNull()
                    : row.get("code") != null && !row.get("code").isJsonNull() && row.get("code").getAsString().equals(code);
            boolean allSources = row.get("source") == null || row.get("source").isJsonNull();
            if (row.get("level").getAsString().equals(level) && sameCode && allSources) {
                for (JsonElement fig : row.getAsJsonArray("figures")) {
                    if (fig.getAsJsonObject().get("id").getAsString().equals(id)) {
                        return fig.getAsJsonObject();
                    }
                }
            }
        }
        throw new AssertionError("no " + level + " row " + code + " with " + id + " in " + text);
    }

    private static String shown(JsonObject figure) {
        return figure.get("value") == null || figure.get("value").isJsonNull() ? "–"
                : String.format(Locale.ROOT, "%.3f", figure.get("value").getAsDouble());
    }

    /** The table's rows, its cells joined by " | " (but the source's); on the UI thread. */
    private static List<String> texts(Table table) {
        return Arrays.stream(table.getItems())
                .map(i -> String.join(" | ", i.getText(0), i.getText(2), i.getText(3), i.getText(4), i.getText(5), i.getText(6))).toList();
    }

    private static List<String> rows(Table table) {
        return UiThread.call(() -> texts(table));
    }

    /** Opens the project in the workbench and the Agreement Report on it: Ana (A), Ben (B), semantic domains, per domain. */
    private AgreementReportView openDomainsReport(Path folder) throws Exception {
        openInWorkbench(folder);
        AgreementReportView report = agreementOfAnaAndBen();
        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_MATERIAL), "Transcripts (characters)");
        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_METHOD), "Semantic domains (|uα, cuα, Cuα)");
        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_LEVEL), "Per domain");
        return report;
    }

    @Test
    void theDomainsAreTheCommandLinesFigures() throws Exception {
        Path folder = twoCoders();
        JsonObject json = cli("agreement", folder.toString(), "--coders", "Ana,Ben", "--method", "domains", "--json");
        JsonObject binary = figure(json, "domain", THEME, "alpha-binary");
        JsonObject cu = figure(json, "domain", THEME, "cu-alpha");
        JsonObject overall = figure(json, "overall", null, "Cu-alpha");
        assertTrue(cu.get("value") != null && !cu.get("value").isJsonNull(), "the theme's cu-alpha is defined: " + cu);
        assertTrue(json.getAsJsonArray("studies").get(0).getAsJsonObject().getAsJsonArray("rows").asList().stream()
                .map(JsonElement::getAsJsonObject).anyMatch(r -> r.get("level").getAsString().equals("domain-source")
                        && r.get("code").getAsString().equals(THEME)), "the theme in the transcript: a domain-source row");

        JsonObject onlyU = figure(cli("agreement", folder.toString(), "--coders", "Ana,Ben", "--method", "domains", "--domain", "U",
                "--json"), "domain", "U", "alpha-binary"); // before the workbench opens (and locks) the project

        AgreementReportView report = openDomainsReport(folder);
        Table table = Widgets.byId(window, Table.class, CompareIds.REPORT_TABLE);
        String themeRow = String.join(" | ", THEME, shown(binary), shown(cu), "", String.valueOf(cu.get("units").getAsLong()),
                String.valueOf(binary.get("units").getAsLong()));
        UiThread.waitUntil("the domain T's row", () -> texts(table).contains(themeRow));
        assertEquals(2, rows(table).size(), "the domains T and U: " + rows(table));
        assertEquals("Domain", UiThread.call(() -> table.getColumn(0).getText()));
        Row t = UiThread.call(() -> report.domainRows().stream().filter(r -> THEME.equals(r.scope().code())).findFirst().orElseThrow());
        assertEquals(binary.get("value").getAsDouble(), t.figure("alpha-binary").value(), 0, "|uα as the CLI's, to the last digit");
        assertEquals(cu.get("value").getAsDouble(), t.figure("cu-alpha").value(), 0, "cuα as the CLI's");
        assertEquals(binary.get("value").getAsDouble(), UiThread.call(() -> report.chartSeries("alpha-binary"))[
                UiThread.call(() -> report.domainRows().indexOf(t))], 0, "the chart's bar");
        Screenshots.capture(SCREENSHOTS.resolve("agreement-report-domains.png"));

        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_LEVEL), "Overall");
        UiThread.waitUntil("the overall Cuα", () -> texts(table).size() == 1 && texts(table).get(0).split(" \\| ", -1)[3].equals(shown(overall)));

        // One domain chosen in the list: only U's rows, the overall row now over U alone.
        org.eclipse.swt.widgets.List list = Widgets.byId(window, org.eclipse.swt.widgets.List.class, CompareIds.REPORT_DOMAINS);
        assertEquals(List.of("T", "U"), UiThread.call(() -> List.of(list.getItems())), "every top-level code either coder used");
        UiThread.run(() -> {
            list.setSelection(new String[] {"U"});
            list.notifyListeners(SWT.Selection, new Event());
        });
        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_LEVEL), "Per domain");
        UiThread.waitUntil("only U", () -> texts(table).size() == 1 && texts(table).get(0).startsWith("U | "));
        assertEquals(shown(onlyU), rows(table).get(0).split(" \\| ", -1)[1]);

        Path csv = tmp.resolve("domains.csv");
        org.eclipse.core.runtime.jobs.Job job = UiThread.call(() -> report.export("csv", csv));
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("level,domain,source,alpha-binary,alpha-binary units,cu-alpha,cu-alpha units,Cu-alpha,Cu-alpha units,unit", lines.get(0));
        assertEquals(2, lines.size(), "a header and U's row: " + lines);
        assertEquals(onlyU.get("value").getAsDouble(), Double.parseDouble(lines.get(1).split(",", -1)[3]), 0);
        assertTrue(lines.get(1).startsWith("domain,U,,"), lines.get(1));

        theBlindRuleWithholds(report, table);
    }

    /**
     * Three coders (docs/agreement.md: the semantic domains take any number): Cy chosen under "More coders" beside Ana (A)
     * and Ben (B); the domain T's |uα and cuα and the overall Cuα are those of {@code agreement --coders Ana,Ben,Cy
     * --method domains --json}, and differ from Ana's and Ben's alone.
     */
    @Test
    void threeCodersAreTheCommandLinesFigures() throws Exception {
        Path folder = coders(true);
        JsonObject json = cli("agreement", folder.toString(), "--coders", "Ana,Ben,Cy", "--method", "domains", "--json");
        JsonObject binary = figure(json, "domain", THEME, "alpha-binary");
        JsonObject cu = figure(json, "domain", THEME, "cu-alpha");
        JsonObject overall = figure(json, "overall", null, "Cu-alpha");
        JsonObject pairBinary = figure(cli("agreement", folder.toString(), "--coders", "Ana,Ben", "--method", "domains", "--json"),
                "domain", THEME, "alpha-binary");
        assertTrue(Math.abs(pairBinary.get("value").getAsDouble() - binary.get("value").getAsDouble()) > 1e-3,
                "Cy changes |uα: " + pairBinary + " " + binary);

        AgreementReportView report = openDomainsReport(folder);
        org.eclipse.swt.widgets.List domainList = Widgets.byId(window, org.eclipse.swt.widgets.List.class, CompareIds.REPORT_DOMAINS);
        UiThread.run(() -> { // every domain (the view may still hold an earlier choice)
            domainList.deselectAll();
            domainList.notifyListeners(SWT.Selection, new Event());
        });
        org.eclipse.swt.widgets.List more = Widgets.byId(window, org.eclipse.swt.widgets.List.class, CompareIds.REPORT_MORE_CODERS);
        UiThread.waitUntil("Cy offered beside A and B", () -> List.of(more.getItems()).equals(List.of("Cy")));
        UiThread.run(() -> {
            more.setSelection(new String[] {"Cy"});
            more.notifyListeners(SWT.Selection, new Event());
        });
        Table table = Widgets.byId(window, Table.class, CompareIds.REPORT_TABLE);
        String themeRow = String.join(" | ", THEME, shown(binary), shown(cu), "", String.valueOf(cu.get("units").getAsLong()),
                String.valueOf(binary.get("units").getAsLong()));
        try {
            UiThread.waitUntil("the domain T's row of three coders", () -> texts(table).contains(themeRow));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + themeRow + " not in " + rows(table), e);
        }
        Row t = UiThread.call(() -> report.domainRows().stream().filter(r -> THEME.equals(r.scope().code())).findFirst().orElseThrow());
        assertEquals(binary.get("value").getAsDouble(), t.figure("alpha-binary").value(), 0, "|uα as the CLI's, to the last digit");
        assertEquals(cu.get("value").getAsDouble(), t.figure("cu-alpha").value(), 0, "cuα as the CLI's");
        Label status = Widgets.byId(window, Label.class, CompareIds.REPORT_STATUS);
        assertTrue(UiThread.call(status::getText).startsWith("Ana (A), Ben (B), Cy: "), UiThread.call(status::getText));
        Screenshots.capture(SCREENSHOTS.resolve("agreement-report-three-coders.png"));
        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_LEVEL), "Overall");
        UiThread.waitUntil("the overall Cuα of three", () -> texts(table).size() == 1
                && texts(table).get(0).split(" \\| ", -1)[3].equals(shown(overall)));
    }

    /**
     * docs/agreement.md, "Blind coding": two coders are compared on a source only once both marked it done and the
     * viewer may see both (a lead who codes nothing: once the lead marked it done too).
     */
    private void theBlindRuleWithholds(AgreementReportView report, Table table) {
        Label status = Widgets.byId(window, Label.class, CompareIds.REPORT_STATUS);
        TextSource text = UiThread.call(() -> (TextSource) store.project().getSources().get(0));
        UiThread.run(() -> {
            store.setCurrentUser("Lead");
            BlindCoding.setBlind(store, true);
        });
        UiThread.waitUntil("the transcript withheld from the lead", () -> table.getItemCount() == 0);
        assertNull(UiThread.call(() -> report.export("csv", tmp.resolve("none.csv"))), "nothing to export");
        UiThread.run(() -> {
            BlindCoding.markDone(store, text, BlindCoding.user(store.project(), "Ana"), true);
            BlindCoding.markDone(store, text, BlindCoding.user(store.project(), "Ben"), true);
        });
        UiThread.waitUntil("still withheld: the lead has not marked it done", () -> status.getText().contains("withheld"));
        assertEquals(0, UiThread.call(table::getItemCount));
        CompareCodersView compare = compareAnaWithBen();
        Table disagreements = Widgets.byId(window, Table.class, CompareIds.TABLE);
        assertEquals(0, UiThread.call(disagreements::getItemCount), "Compare Coders withholds it too");
        UiThread.run(() -> BlindCoding.markDone(store, text, store.currentUser(), true));
        UiThread.waitUntil("the lead compares once done", () -> disagreements.getItemCount() > 0);
        assertTrue(UiThread.call(compare::progressText).startsWith("0 of "), UiThread.call(compare::progressText));
        show(AgreementReportView.ID, AgreementReportView.class);
        UiThread.waitUntil("the report shows U again", () -> table.getItemCount() == 1);
    }
}
