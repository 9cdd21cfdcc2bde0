package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.attune.coding.BlindCoding;
import org.attune.coding.CoderFilter;
import org.attune.testsupport.TwoCoders;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.ui.CurrentCoder;
import org.attune.ui.ShownCodings;
import org.attune.ui.WidgetIds;
import org.attune.ui.analysis.AnalysisIds;
import org.attune.ui.analysis.MatrixView;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.preferences.CodingPreferences;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.views.CodedSegmentsView;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Whose codings the workbench shows (#17): on the sample study with codings by Ana, Ben and the consensus, Ana chooses
 * All, Mine, Ben and Consensus with Edit > Show Codings (once from the transcript's context menu); after each choice the
 * transcript's stripes, Coded Segments' rows and the matrix's total show exactly the codings a simple model allows, and
 * Coded Segments' and the matrix's coder choice name it. Then the project codes blind (Edit > Code Blind): Ana sees only
 * her own codings until she marks the transcript done (its context menu's My Coding of This Source Is Done; Edit > Undo takes
 * the mark back, the Edit menu's item marks it again), and all once blind coding is off.
 */
class ShowCodingsUiTest extends SampleWorkbench {
    private String coderBefore;
    private TextSource interview;

    @AfterEach
    void putBackTheChoice() {
        UiThread.run(() -> {
            ShownCodings.set(CoderFilter.ALL);
            CurrentCoder.switchTo(coderBefore == null ? "" : coderBefore);
        });
    }

    @Test
    void everyViewFollowsShowCodingsAndTheBlindRule() throws Exception {
        coderBefore = CodingPreferences.coder();
        UiThread.run(() -> {
            interview = store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
                    .filter(t -> t.getLength() > 400).findFirst().orElseThrow();
            Code first = store.project().getCodes().get(0);
            Code second = store.project().getCodes().get(1);
            TwoCoders.in(store).as("Ana").code(interview, 0, 40, first).code(interview, 100, 160, second)
                    .as("Ben").code(interview, 10, 50, first).code(interview, 200, 260, second).code(interview, 300, 330, first)
                    .as("consensus").code(interview, 0, 45, first)
                    .back();
            CurrentCoder.switchTo("Ana");
        });
        SourceEditor editor = UiThread.call(() -> {
            try {
                return SourceEditor.open(page(), store, interview, 0, 0);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        CodedSegmentsView segments = show(CodedSegmentsView.ID, CodedSegmentsView.class);
        UiThread.run(() -> segments.show(allCodes()));
        MatrixView matrix = show(MatrixView.ID, MatrixView.class);
        choose(Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_COLUMNS), "sources");
        Table rows = Widgets.byId(window, Table.class, WidgetIds.SEGMENTS_TABLE);
        Combo segmentsCoder = Widgets.byId(window, Combo.class, WidgetIds.SEGMENTS_CODER);
        Combo matrixCoder = Widgets.byId(window, Combo.class, AnalysisIds.MATRIX_CODER);

        for (String choice : List.of("Mine", "Ben", "Consensus", "All")) {
            MenuItem item = Widgets.menuItem(window, "Edit", "Show Codings", choice);
            UiThread.run(() -> item.setSelection(true)); // a radio item is checked by the click that chooses it
            Input.select(item);
            Predicate<Coding> model = switch (choice) {
                case "Mine" -> c -> coder(c).equals("Ana");
                case "Ben" -> c -> coder(c).equals("Ben");
                case "Consensus" -> c -> coder(c).equals("consensus");
                default -> c -> true;
            };
            agree(choice, model, editor, rows, matrix, segmentsCoder, matrixCoder);
        }

        StyledText text = Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT);
        UiThread.run(() -> page().activate(editor));
        MenuItem mine = Widgets.contextMenuItem(text, "Show Codings", "Mine");
        UiThread.run(() -> mine.setSelection(true));
        Input.select(mine);
        agree("Mine from the transcript's context menu", c -> coder(c).equals("Ana"), editor, rows, matrix, segmentsCoder, matrixCoder);
        MenuItem checked = Widgets.menuItem(window, "Edit", "Show Codings", "Mine");
        assertTrue(UiThread.call(checked::getSelection), "the radio item shows the choice");
        MenuItem all = Widgets.menuItem(window, "Edit", "Show Codings", "All");
        UiThread.run(() -> all.setSelection(true));
        Input.select(all);

        // blind coding and the done mark through the workbench's commands (Edit > Code Blind; the transcript's context
        // menu's My Coding of This Source Is Done), each an action Edit > Undo takes back
        Input.select(Widgets.menuItem(window, "Edit", "Code Blind"));
        UiThread.waitUntil("the project codes blind", () -> BlindCoding.isBlind(store.project()));
        MenuItem blindItem = Widgets.menuItem(window, "Edit", "Code Blind");
        // the status line tells it beside the current coder
        org.eclipse.swt.widgets.Label status = Widgets.byId(window, org.eclipse.swt.widgets.Label.class, WidgetIds.STATUS_CODER);
        String coderName = UiThread.call(() -> org.attune.ui.CurrentCoder.name());
        UiThread.waitUntil("the status line: coding blind", () -> status.getText().equals("Coder: " + coderName + " \u00b7 coding blind"));
        assertTrue(UiThread.call(blindItem::getSelection), "Edit > Code Blind is checked");
        agree("All, blind, Ana not done", c -> coder(c).equals("Ana"), editor, rows, matrix, segmentsCoder, matrixCoder);
        Screenshots.capture(SCREENSHOTS.resolve("show-codings-blind.png"));
        UiThread.run(() -> page().activate(editor));
        Input.select(Widgets.contextMenuItem(text, "My Coding of This Source Is Done"));
        UiThread.waitUntil("Ana's coding of the interview is done",
                () -> BlindCoding.isDone(interview, BlindCoding.user(store.project(), "Ana")));
        agree("All, blind, Ana done with the transcript", c -> coder(c).equals("Ana") || c.getSource() == interview, editor, rows,
                matrix, segmentsCoder, matrixCoder);
        Screenshots.capture(SCREENSHOTS.resolve("show-codings-done.png"));
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("the mark is taken back", () -> !BlindCoding.isDone(interview, BlindCoding.user(store.project(), "Ana")));
        agree("All, blind, the mark undone", c -> coder(c).equals("Ana"), editor, rows, matrix, segmentsCoder, matrixCoder);
        UiThread.run(() -> page().activate(editor));
        Input.select(Widgets.menuItem(window, "Edit", "My Coding of This Source Is Done"));
        agree("All, blind, done again from the Edit menu", c -> coder(c).equals("Ana") || c.getSource() == interview, editor, rows,
                matrix, segmentsCoder, matrixCoder);
        Input.select(Widgets.menuItem(window, "Edit", "Code Blind"));
        UiThread.waitUntil("blind coding is off", () -> !BlindCoding.isBlind(store.project()));
        UiThread.waitUntil("the status line: not blind", () -> status.getText().equals("Coder: " + coderName));
        agree("All, not blind", c -> true, editor, rows, matrix, segmentsCoder, matrixCoder);
    }

    /** Waits until the transcript, Coded Segments and the matrix show exactly the codings {@code model} allows. */
    private void agree(String what, Predicate<Coding> model, SourceEditor editor, Table rows, MatrixView matrix, Combo segmentsCoder,
            Combo matrixCoder) {
        List<Coding> everywhere = UiThread.call(() -> {
            List<Coding> all = new ArrayList<>();
            for (Source s : store.project().getSources()) {
                store.load(s);
                s.getCodings().stream().filter(model).forEach(all::add);
            }
            return all;
        });
        Set<Coding> inInterview = Set.copyOf(everywhere.stream().filter(c -> c.getSource() == interview).toList());
        assertTrue(!everywhere.isEmpty(), what + ": the model shows something");
        UiThread.waitUntil(what + ": the transcript's stripes", () -> Set.copyOf(editor.shownCodings()).equals(inInterview));
        UiThread.waitUntil(what + ": Coded Segments' rows (" + everywhere.size() + ")", () -> rows.getItemCount() == everywhere.size());
        UiThread.waitUntil(what + ": the matrix's total (" + everywhere.size() + ")",
                () -> matrix.matrix() != null && matrix.matrix().total() == everywhere.size());
        String label = UiThread.call(() -> ShownCodings.label(ShownCodings.filter()));
        assertEquals(label, UiThread.call(segmentsCoder::getText), what + ": Coded Segments names the choice");
        assertEquals(label, UiThread.call(matrixCoder::getText), what + ": the matrix names the choice");
    }

    private static String coder(Coding c) {
        return c.getCreatedBy() == null ? "" : c.getCreatedBy().getName();
    }

    private List<Code> allCodes() {
        List<Code> codes = new ArrayList<>();
        EcoreUtil.<Object>getAllContents(store.project().getCodes(), false).forEachRemaining(o -> {
            if (o instanceof Code c) {
                codes.add(c);
            }
        });
        return codes;
    }
}
