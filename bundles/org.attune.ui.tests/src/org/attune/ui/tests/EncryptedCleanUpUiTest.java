package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.KeyTableFile;
import org.attune.model.Source;
import org.attune.sample.SampleProject;
import org.attune.store.AuditEntry;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.views.PseudonymsView;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window > Pseudonyms on an <em>encrypted</em> sample study with a backup (#20): Apply to Project, then Clean Up and
 * Delete Backups, which closes the project (its store rewritten under its key), deletes the index and the backups, and
 * opens it again asking its passphrase. Afterwards: every store file is new and the store has a new IV, no backup is
 * left, no file of the folder holds a real name in plain text, and nothing read through the key (the texts, every
 * original decrypted, the audit log) holds one either; each name was in the texts and the audit log before.
 */
class EncryptedCleanUpUiTest {
    private static final String PASSPHRASE = "kestrel over the moor";
    private static final String KEY = "encrypted clean up key";
    private Shell window;

    @AfterEach
    void closeTheProject() {
        if (window != null) {
            Widgets.closeOtherShells(window);
        }
        Workbench.hideView(PseudonymsView.ID); // stacked over the Codebook: CodingUiTest found it hidden
        Workbench.closeEditorsAndProject();
    }

    @Test
    void cleanUpOfAnEncryptedProjectLeavesNoRealNameAndNoOldStoreFile(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("sample");
        OpenOptions options = OpenOptions.of(IProjectSession.HOLDER).withPassphrase(PASSPHRASE.toCharArray());
        SampleProject.create(folder, options.withBackups(false)).close();
        ProjectStore store = ProjectStore.open(folder, options); // the rolling backup is due: it holds the real names
        long waited = System.currentTimeMillis();
        while (store.backups().isEmpty() && System.currentTimeMillis() - waited < 120_000) {
            Thread.sleep(200);
        }
        assertFalse(store.backups().isEmpty(), "the sample has a backup");
        KeyTable table = new KeyTable();
        table.fillFrom(store);
        table.remove(System.getProperty("user.name")); // the login name comes back at every opening (docs/sensitive-data.md)
        table.put("Tyler", "Child 1", KeyTable.Origin.ADDED);
        table.put("Dawn", "Carer A", KeyTable.Origin.ADDED);
        KeyTableFile.save(folder, table, KEY.toCharArray());
        List<String> names = table.entries().stream().map(KeyTable.Entry::real).filter(n -> n.length() > 3).toList();
        assertTrue(names.contains("Tyler") && names.size() > 6, names.toString());
        assertTrue(readThroughKey(store).contains("Tyler"), "the control: the texts name Tyler before");
        List<String> oldBackups = store.backups().stream().map(b -> b.name()).toList();
        Set<String> oldStoreFiles = hashes(folder.resolve(ProjectStore.STORE_DIR));
        String oldDescriptor = Files.readString(folder.resolve("attune-project.json"));
        window = Workbench.open(store);

        Input.select(Widgets.menuItem(window, "Window", "Pseudonyms"));
        UiThread.waitUntil("the Pseudonyms view", () -> Workbench.page().findView(PseudonymsView.ID) != null);
        Label status = Widgets.byId(window, Label.class, WidgetIds.PSEUDONYMS_STATUS);
        Text key = Widgets.byId(window, Text.class, WidgetIds.PSEUDONYMS_PASSPHRASE);
        UiThread.run(() -> key.setText(KEY));
        Input.click(Widgets.byId(window, Button.class, WidgetIds.PSEUDONYMS_UNLOCK));
        UiThread.waitUntil("the table open", () -> status.getText().startsWith("Key table open"));
        Input.click(Widgets.byId(window, Button.class, WidgetIds.PSEUDONYMS_APPLY));
        Input.click(Widgets.byText(Widgets.shell(Messages.PseudonymsView_applyTitle), Button.class, "OK"));
        UiThread.waitUntil("applied", () -> status.getText().startsWith("Applied"));

        Input.click(Widgets.byId(window, Button.class, WidgetIds.PSEUDONYMS_CLEAN_UP));
        Input.click(Widgets.byText(Widgets.shell(Messages.PseudonymsView_cleanUpTitle), Button.class,
                Messages.PseudonymsView_cleanUpAndBackups));
        Shell ask = Widgets.shell("Encrypted Project"); // opened again: the passphrase is asked
        Input.type(Widgets.byId(ask, Text.class, WidgetIds.PASSPHRASE), PASSPHRASE);
        Input.click(Widgets.byText(ask, Button.class, "OK"));
        UiThread.waitUntil("the passphrase dialog closed", ask::isDisposed);
        UiThread.waitUntil("open again", () -> PlatformUI.getWorkbench().getService(IProjectSession.class).current()
                .filter(s -> s != store).isPresent());
        ProjectStore reopened = UiThread.call(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElseThrow());
        UiThread.waitUntil("cleaned up", () -> !status.getText().startsWith("Applied"));
        assertTrue(UiThread.call(status::getText).startsWith("Project files cleaned up"), UiThread.call(status::getText));
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("pseudonyms-encrypted-clean-up.png"));

        Set<String> newStoreFiles = hashes(folder.resolve(ProjectStore.STORE_DIR));
        newStoreFiles.retainAll(oldStoreFiles);
        assertEquals(Set.of(), newStoreFiles, "every store file was written anew");
        assertNotEquals(basicIV(oldDescriptor), basicIV(Files.readString(folder.resolve("attune-project.json"))),
                "the rewritten store has a fresh IV");
        List<String> left = UiThread.call(reopened::backups).stream().map(b -> b.name()).filter(oldBackups::contains).toList();
        assertEquals(List.of(), left, "the backups made before are gone (the reopened project may have made a new one)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                found.addAll(findings(folder.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1), names));
            }
        }
        assertEquals(List.of(), found, "no file of the folder holds a real name in plain text");
        assertEquals(List.of(), findings("through the key", UiThread.call(() -> readThroughKey(reopened)), names));
    }

    /** The project's texts and names, every original decrypted, and the audit log, as read with the project's key. */
    private static String readThroughKey(ProjectStore store) {
        StringBuilder text = new StringBuilder();
        for (Source source : store.project().getSources()) {
            text.append(source.getName()).append('\n');
            if (source instanceof org.attune.model.TextSource t) {
                text.append(store.text(t)).append('\n');
            }
            if (store.originals().exists(source)) {
                try {
                    byte[] bytes = store.originals().readAllBytes(store.originals().file(source));
                    text.append(new String(bytes, StandardCharsets.UTF_8)).append(new String(bytes, StandardCharsets.ISO_8859_1));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        store.project().getCases().forEach(c -> text.append(c.getName()).append('\n'));
        for (AuditEntry entry : store.audit()) {
            text.append(entry.summary()).append(' ').append(entry.elementsText()).append('\n');
        }
        return text.toString();
    }

    private static List<String> findings(String where, String text, List<String> names) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            if (Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9])").matcher(text).find()) {
                found.add(where + ": " + name);
            }
        }
        return found;
    }

    private static Set<String> hashes(Path dir) throws Exception {
        Set<String> hashes = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".xd")).toList()) {
                hashes.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }

    private static String basicIV(String descriptor) {
        java.util.regex.Matcher iv = Pattern.compile("\"basicIV\"\\s*:\\s*(-?\\d+)").matcher(descriptor);
        assertTrue(iv.find(), descriptor);
        return iv.group(1);
    }
}
