package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.editors.SourceEditorInputFactory;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An open transcript comes back after a restart: its editor's input is saved as the workbench saves it (a memento
 * written out and read back), the workbench and project are closed, and the input the registered factory makes of
 * the memento reopens the project and shows the same transcript.
 */
class RestartUiTest {
    private static final String TRANSCRIPT = "C01 Carer Dawn";
    private Path folder;
    private Shell window;
    private String shownBefore;

    @BeforeEach
    void openTheSample(@TempDir Path tmp) throws Exception {
        ProjectStore store = SampleStudy.openSample(tmp);
        folder = store.folder();
        window = UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
    }

    @AfterEach
    void closeAll() {
        SampleStudy.closeEditorsAndProject();
        SourceEditorInputFactory.takeNotice();
    }

    /**
     * Opens the transcript, keeps the text it shows, and returns its input as the workbench saves it at shutdown,
     * written out; then the editors and the project are closed.
     */
    private String saveAndShutDown() throws Exception {
        SourceEditor editor = CodingUiTest.openFromExplorer(window, TRANSCRIPT);
        StyledText text = Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT);
        shownBefore = UiThread.call(text::getText);
        String saved = UiThread.call(() -> {
            IPersistableElement persistable = editor.getEditorInput().getPersistable();
            XMLMemento memento = XMLMemento.createWriteRoot("input");
            memento.putString("factoryID", persistable.getFactoryId());
            persistable.saveState(memento);
            StringWriter out = new StringWriter();
            try {
                memento.save(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toString();
        });
        SampleStudy.closeEditorsAndProject();
        assertTrue(UiThread.call(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).current().isEmpty()), "the project closed as at shutdown");
        return saved;
    }

    /** What the factory registered for the saved factory id makes of the saved memento, as at start-up. */
    private static Object restore(String saved) {
        return UiThread.call(() -> {
            try {
                XMLMemento memento = XMLMemento.createReadRoot(new StringReader(saved));
                return PlatformUI.getWorkbench().getElementFactory(memento.getString("factoryID")).createElement(memento);
            } catch (org.eclipse.ui.WorkbenchException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void anOpenTranscriptComesBackWithItsProject() throws Exception {
        String saved = saveAndShutDown();

        Object restored = restore(saved);
        assertEquals(folder, UiThread.call(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElseThrow().folder()),
                "the transcript's project is open again");
        UiThread.run(() -> {
            try {
                SampleStudy.page().openEditor((IEditorInput) restored, SourceEditor.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        UiThread.waitUntil("the transcript's editor", () -> SampleStudy.page().getActiveEditor() instanceof SourceEditor e
                && e.getPartName().equals(TRANSCRIPT));
        StyledText text = Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT);
        assertEquals(shownBefore, UiThread.call(text::getText), "the same transcript shown");
        assertNull(SourceEditorInputFactory.takeNotice(), "nothing to tell when everything came back");
    }

    @Test
    void aTranscriptWhoseProjectIsGoneIsNotRestoredAndTheUserIsToldOnce() throws Exception {
        String saved = saveAndShutDown();
        Files.move(folder, folder.resolveSibling("moved away"));

        assertNull(restore(saved), "no transcript without its project");
        assertTrue(UiThread.call(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).current().isEmpty()), "no project opened");
        String notice = SourceEditorInputFactory.takeNotice();
        assertTrue(notice != null && notice.startsWith(org.eclipse.osgi.util.NLS.bind(org.attune.ui.Messages.SourceEditorInputFactory_notRestored, "")), "told why: " + notice);
        assertNull(restore(saved), "the second transcript of that project is not restored either");
        assertNull(SourceEditorInputFactory.takeNotice(), "told once");
    }
}
