package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.attune.coding.BlindCoding;
import org.attune.coding.CoderFilter;
import org.attune.coding.Coder;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.ShownCodings;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.views.CodedSegmentsView;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Edit > Show Codings is kept per project (#17): "Mine" chosen on the sample study is the choice again after the project
 * is closed and reopened and after Coded Segments is closed and shown again; "Ben", kept for the project, falls back to
 * All when the project no longer has a coder Ben (renamed while it was closed), and the status line says so.
 */
class ShownCodingsKeptUiTest extends SampleWorkbench {
    @AfterEach
    void putBackTheChoice() {
        UiThread.run(() -> ShownCodings.set(CoderFilter.ALL));
    }

    private void choose(String choice) {
        MenuItem item = Widgets.menuItem(window, "Edit", "Show Codings", choice);
        UiThread.run(() -> item.setSelection(true)); // a radio item is checked by the click that chooses it
        Input.select(item);
    }

    private void reopen(Path folder) throws Exception {
        IProjectSession session = UiThread.call(() -> PlatformUI.getWorkbench().getService(IProjectSession.class));
        UiThread.run(session::close);
        UiThread.run(() -> ShownCodings.set(CoderFilter.ALL)); // what another project might have chosen meanwhile
        ProjectStore again = ProjectStore.open(folder, OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        store = again;
        UiThread.run(() -> session.open(again));
    }

    @Test
    void theChoiceComesBackWithTheProject() throws Exception {
        Path folder = UiThread.call(store::folder);
        UiThread.run(() -> {
            TextSource interview = store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
                    .findFirst().orElseThrow();
            Code code = store.project().getCodes().get(0);
            String lead = store.currentUser().getName();
            Coder coder = new Coder(store);
            store.setCurrentUser("Ben");
            coder.code(interview, 0, 20, code);
            store.setCurrentUser(lead);
        });
        show(CodedSegmentsView.ID, CodedSegmentsView.class);
        choose("Mine");
        assertEquals(CoderFilter.MINE, UiThread.call(ShownCodings::filter));

        reopen(folder);
        assertEquals(CoderFilter.MINE, UiThread.call(ShownCodings::filter), "kept for the project");
        Combo coder = Widgets.byId(window, Combo.class, WidgetIds.SEGMENTS_CODER);
        UiThread.waitUntil("Coded Segments shows Mine", () -> "Mine".equals(coder.getText()));
        UiThread.run(() -> page().hideView(page().findView(CodedSegmentsView.ID)));
        show(CodedSegmentsView.ID, CodedSegmentsView.class);
        Combo again = Widgets.byId(window, Combo.class, WidgetIds.SEGMENTS_CODER);
        UiThread.waitUntil("a new Coded Segments shows Mine", () -> "Mine".equals(again.getText()));

        choose("Ben");
        assertEquals(CoderFilter.coder("Ben"), UiThread.call(ShownCodings::filter));
        IProjectSession session = UiThread.call(() -> PlatformUI.getWorkbench().getService(IProjectSession.class));
        UiThread.run(session::close);
        try (ProjectStore offline = ProjectStore.open(folder, OpenOptions.of("test").withBackups(false))) {
            offline.apply("rename Ben", () -> BlindCoding.user(offline.project(), "Ben").setName("Benno"));
        }
        ProjectStore renamed = ProjectStore.open(folder, OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        store = renamed;
        UiThread.run(() -> session.open(renamed));
        assertEquals(CoderFilter.ALL, UiThread.call(ShownCodings::filter), "Ben is not in the project: All");
        UiThread.waitUntil("the status line says why", () -> Widgets.first(window, CLabel.class,
                l -> l.getText() != null && l.getText().contains("Ben is not a coder of this project")).isPresent());
        Combo afterFallback = Widgets.byId(window, Combo.class, WidgetIds.SEGMENTS_CODER);
        UiThread.waitUntil("Coded Segments shows All", () -> "All".equals(afterFallback.getText()));
    }
}
