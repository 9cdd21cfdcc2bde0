package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.EmptyEditorArea;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The empty editor area says what to do next, and its link runs File > Import...; it gives way to an open transcript. */
class EmptyEditorAreaUiTest {
    private Shell window;

    @BeforeEach
    void openTheSample(@TempDir Path tmp) throws Exception {
        ProjectStore store = SampleProject.create(tmp.resolve("sample"), OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(store));
        window = UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        UiThread.run(() -> SampleStudy.page().closeAllEditors(false));
    }

    @AfterEach
    void closeTheProject() {
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).close());
    }

    @Test
    void theEmptyAreaSaysWhatToDoAndItsLinkImports() throws Exception {
        Composite hint = Widgets.byId(window, Composite.class, WidgetIds.EDITOR_AREA_HINT);
        UiThread.waitUntil("the hint shown", () -> hint.isVisible() && hint.getSize().y > 0);
        Label text = Widgets.find(hint, Label.class, l -> true, "the hint's text");
        assertEquals(EmptyEditorArea.TEXT, UiThread.call(text::getText));
        Link link = Widgets.find(hint, Link.class, l -> true, "the hint's link");
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("empty-editor-area.png"));
        assertEquals("File > Import... to add one.", UiThread.call(() -> link.getText().replaceAll("</?a>", "")));

        Input.clickAt(link, 4, UiThread.call(() -> link.getSize().y / 2)); // on "File > Import..."
        Shell wizard = Widgets.shell("Import");
        Input.click(Widgets.byText(wizard, Button.class, "Cancel"));
        UiThread.waitUntil("the wizard closed", wizard::isDisposed);

        CodingUiTest.openFromExplorer(window, "C01 Carer Dawn");
        UiThread.waitUntil("the hint gone while a transcript is open", () -> !hint.isVisible());
        UiThread.run(() -> SampleStudy.page().closeAllEditors(false));
        UiThread.waitUntil("the hint back when the last editor closes", hint::isVisible);
    }
}
