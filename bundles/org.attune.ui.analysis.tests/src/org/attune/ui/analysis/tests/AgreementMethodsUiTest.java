package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.agreement.text.AgreementTable;
import org.attune.agreement.text.Figure;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.model.VideoSource;
import org.attune.store.ProjectStore;
import org.attune.testsupport.Studies;
import org.attune.testsupport.TwoCoders;
import org.attune.ui.analysis.compare.AgreementReportView;
import org.attune.ui.analysis.compare.CompareIds;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The Agreement Report's methods and material as the command line's: Ana and Ben code a transcript and a recording
 * (two codes, boundaries that overlap by 95 % and 70 %); the view's figures per code, per source and overall
 * equal {@code attune cli agreement --coders Ana,Ben --method segments --overlap 80 --json} (transcripts' study and
 * recordings' study) and {@code --method characters} on the recording, to the last digit; a lower overlap agrees more.
 */
class AgreementMethodsUiTest extends SampleWorkbench {
    /** The report's levels by their English names. */
    private static final List<String> LEVELS = List.of("Per code", "Per source", "Per code and source", "Overall");

    private Path twoCoders() throws Exception {
        Path folder = tmp.resolve("methods");
        try (ProjectStore built = newProject(folder, "Methods")) {
            List<Code> codes = Studies.codes(built, "Praise", "Waiting");
            Code praise = codes.get(0);
            Code waiting = codes.get(1);
            TextSource text = Studies.transcript(built, "interview", "word ".repeat(80));
            VideoSource video = Studies.video(built, "session.mp4", 60_000);
            TwoCoders.in(built).as("Ana").code(text, 0, 100, praise).code(text, 150, 200, praise).code(text, 250, 300, waiting)
                    .codeTime(video, 0, 10_000, praise).codeTime(video, 20_000, 30_000, waiting).codeTime(video, 40_000, 45_000, waiting)
                    .as("Ben").code(text, 0, 95, praise).code(text, 165, 200, praise).code(text, 250, 300, praise)
                    .codeTime(video, 500, 10_000, praise).codeTime(video, 23_000, 30_000, waiting).codeTime(video, 50_000, 55_000, praise)
                    .thenAs("Lead");
        }
        return folder;
    }

    /** The CLI's rows of the study in {@code unit} as "level code source: percent kappa [units]", in its order. */
    private static List<String> cliRows(JsonObject result, String unit) {
        List<String> out = new ArrayList<>();
        for (JsonElement s : result.getAsJsonArray("studies")) {
            JsonObject study = s.getAsJsonObject();
            if (!study.get("unit").getAsString().equals(unit)) {
                continue;
            }
            for (JsonElement r : study.getAsJsonArray("rows")) {
                JsonObject row = r.getAsJsonObject();
                JsonObject percent = null;
                JsonObject kappa = null;
                for (JsonElement fig : row.getAsJsonArray("figures")) {
                    JsonObject figure = fig.getAsJsonObject();
                    switch (figure.get("id").getAsString()) {
                        case "percent" -> percent = figure;
                        case "kappa" -> kappa = figure;
                        default -> { }
                    }
                }
                out.add(String.join(" ", row.get("level").getAsString(), text(row.get("code")), text(row.get("source")) + ":",
                        value(percent), value(kappa), "[" + percent.get("units").getAsLong() + "]"));
            }
        }
        assertTrue(!out.isEmpty(), "a study in " + unit + ": " + result);
        return out;
    }

    private static String text(JsonElement e) {
        return e == null || e.isJsonNull() ? "-" : e.getAsString();
    }

    private static String value(JsonObject figure) {
        return figure.get("value") == null || figure.get("value").isJsonNull() ? "undefined" : String.valueOf(figure.get("value").getAsDouble());
    }

    private static String value(Figure f) {
        return f.isDefined() ? String.valueOf(f.value()) : "undefined";
    }

    /** The view's lines of every level as the CLI's rows read, in the CLI's order. */
    private List<String> viewRows(AgreementReportView report, List<String> cliOrder) {
        List<String> out = new ArrayList<>();
        for (String level : LEVELS) {
            choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_LEVEL), level);
            for (AgreementTable.Line l : UiThread.call(report::lines)) {
                out.add(String.join(" ", l.scope().level().label(), l.scope().code() == null ? "-" : l.scope().code(),
                        (l.scope().source() == null ? "-" : l.scope().source()) + ":", value(l.percent()), value(l.kappa()),
                        "[" + l.units() + "]"));
            }
        }
        out.sort(java.util.Comparator.comparingInt(cliOrder::indexOf));
        return out;
    }

    @Test
    void segmentsAndRecordingsAreTheCommandLinesFigures() throws Exception {
        Path folder = twoCoders();
        String dir = folder.toString();
        JsonObject segments80 = cli("agreement", dir, "--coders", "Ana,Ben", "--method", "segments", "--overlap", "80", "--json");
        JsonObject segments50 = cli("agreement", dir, "--coders", "Ana,Ben", "--method", "segments", "--overlap", "50", "--json");
        JsonObject characters = cli("agreement", dir, "--coders", "Ana,Ben", "--method", "characters", "--json");
        List<String> text80 = cliRows(segments80, "characters");
        List<String> time80 = cliRows(segments80, "milliseconds");
        List<String> time50 = cliRows(segments50, "milliseconds");
        List<String> timeCharacters = cliRows(characters, "milliseconds");
        assertTrue(!time80.equals(time50), "the overlap matters here: " + time80 + " / " + time50);

        // the workbench opens the project (before it, the CLI read it: the workbench locks it)
        openInWorkbench(folder);
        closeTheReport(); // a fresh view: its choices as a new user finds them
        AgreementReportView report = agreementOfAnaAndBen();
        Spinner overlap = Widgets.byId(window, Spinner.class, CompareIds.REPORT_OVERLAP);
        assertTrue(!UiThread.call(overlap::isEnabled), "the overlap goes with segments only");
        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_METHOD), "Segments (MAXQDA)");
        assertTrue(UiThread.call(overlap::isEnabled));
        assertEquals(90, UiThread.call(overlap::getSelection), "MAXQDA's default");
        setOverlap(overlap, 80);
        assertEquals(text80, viewRows(report, text80), "the transcripts' segments at 80 %");

        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_MATERIAL), "Recordings (time codings)");
        assertEquals(time80, viewRows(report, time80), "the recordings' segments at 80 %");
        Label status = Widgets.byId(window, Label.class, CompareIds.REPORT_STATUS);
        assertTrue(UiThread.call(status::getText).contains("1 recording"), UiThread.call(status::getText));
        Screenshots.capture(SCREENSHOTS.resolve("agreement-report-segments.png"));
        setOverlap(overlap, 50);
        assertEquals(time50, viewRows(report, time50), "the recordings' segments at 50 %");

        choose(Widgets.byId(window, Combo.class, CompareIds.REPORT_METHOD), "Characters and αU");
        assertTrue(!UiThread.call(overlap::isEnabled));
        assertEquals(timeCharacters, viewRows(report, timeCharacters), "the recordings' milliseconds");
        closeTheReport(); // the next test finds the view as a new user does
    }

    private static void closeTheReport() {
        UiThread.run(() -> {
            var open = page().findView(AgreementReportView.ID);
            if (open != null) {
                page().hideView(open);
            }
        });
    }

    private static void setOverlap(Spinner overlap, int percent) {
        UiThread.run(() -> {
            overlap.setSelection(percent);
            overlap.notifyListeners(SWT.Selection, new Event());
        });
    }
}
