package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.KeyTableFile;
import org.attune.model.TextSource;
import org.attune.ui.analysis.AnalysisIds;
import org.attune.ui.analysis.exchange.ExportProjectHandler;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * File > Export Project (REFI-QDA)... with "Write pseudonyms" ticked (#20): the archive holds the key table's pseudonyms
 * and none of its real names, while the project keeps them.
 */
class PseudonymisedExportUiTest extends SampleWorkbench {
    @Test
    void theArchiveCarriesPseudonymsAndTheProjectKeepsTheNames() throws Exception {
        KeyTable table = new KeyTable();
        table.put("Tyler", "Child 1", KeyTable.Origin.ADDED);
        table.put("Dawn", "Carer A", KeyTable.Origin.ADDED);
        KeyTableFile.save(store.folder(), table, "export key words".toCharArray());

        Path qdpx = tmp.resolve("out/pseudonymised.qdpx");
        Files.createDirectories(qdpx.getParent());
        Input.select(Widgets.menuItem(window, "File", "Export Project (REFI-QDA)..."));
        Shell dialog = Widgets.shell(ExportProjectHandler.TITLE);
        Text path = Widgets.byId(dialog, Text.class, AnalysisIds.FILE_PATH);
        Text key = Widgets.byId(dialog, Text.class, AnalysisIds.EXPORT_KEY_PASSPHRASE);
        UiThread.run(() -> path.setText(qdpx.toString()));
        Input.click(Widgets.byId(dialog, Button.class, AnalysisIds.EXPORT_PSEUDONYMISE));
        UiThread.waitUntil("the passphrase asked for", key::isEnabled);
        Button export = Widgets.byText(dialog, Button.class, "Export");
        assertFalse(UiThread.call(export::isEnabled), "no export with pseudonyms without the key table's passphrase");
        UiThread.run(() -> key.setText("export key words"));
        Input.click(export);
        UiThread.waitUntil("the dialog closed", dialog::isDisposed);
        closeMessage(ExportProjectHandler.TITLE, "Wrote");

        String archive = entries(qdpx);
        assertTrue(archive.contains("Child 1") && archive.contains("Carer A"), "the pseudonyms are in the archive");
        assertFalse(archive.matches("(?s).*\\bTyler\\b.*"), "Tyler left in the archive");
        assertFalse(archive.matches("(?s).*\\bDawn\\b.*"), "Dawn left in the archive");
        TextSource dawn = UiThread.call(() -> (TextSource) store.project().getSources().stream()
                .filter(s -> s.getName().equals("C01 Carer Dawn")).findFirst().orElseThrow());
        assertTrue(UiThread.call(() -> store.text(dawn)).contains("Tyler"), "the project keeps the real names");
    }

    private static String entries(Path zip) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                text.append(e.getName()).append('\n').append(bytes.toString(StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }
}
