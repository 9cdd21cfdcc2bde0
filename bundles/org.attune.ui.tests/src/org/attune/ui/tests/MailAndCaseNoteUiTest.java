package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attune.importer.text.Sections;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.views.ProjectExplorerView;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import... of an e-mail whose sender matches no case and of a case note split at its headings: the question
 * which case wrote the e-mail, the message's attributes in its tooltip, its attachment opened from it, and the
 * note's parts shown with their headings in bold.
 */
class MailAndCaseNoteUiTest {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("attune.screenshots", "target/screenshots"));
    private static final String MAIL = """
            From: Jörg Müller <joerg@example.org>
            To: Study Team <team@example.org>
            Subject: After the visit
            Date: Mon, 2 Mar 2026 10:15:00 +0000
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain; charset=UTF-8

            The visits helped us most when the children were there.

            > What helped your family most?
            --b
            Content-Type: text/plain; charset=UTF-8; name="diary.txt"
            Content-Disposition: attachment; filename="diary.txt"

            Monday: we played with the blocks.
            --b--
            """;

    @AfterEach
    void closeTheProject() {
        Workbench.closeEditorsAndProject();
    }

    /** Imports {@code files} through File > Import... (split at headings or not); returns the open results dialog. */
    static Shell importFiles(Shell window, List<Path> files, boolean splitHeadings) {
        Input.select(Widgets.menuItem(window, "File", "Import..."));
        Shell wizard = Widgets.shell("Import");
        for (Path file : files) {
            Text path = Widgets.byId(wizard, Text.class, WidgetIds.IMPORT_PATH);
            UiThread.run(() -> path.setText(file.toString()));
            Input.click(Widgets.byId(wizard, Button.class, WidgetIds.IMPORT_ADD_PATH));
        }
        if (splitHeadings) {
            Input.click(Widgets.byId(wizard, Button.class, WidgetIds.IMPORT_SPLIT_HEADINGS));
        }
        Button finish = Widgets.byText(wizard, Button.class, "Finish");
        UiThread.waitUntil("Finish to be enabled", finish::isEnabled);
        Input.click(finish);
        return Widgets.shell("Import Finished");
    }

    /** What the import's results dialog says of each file, message and attachment. */
    static List<String> resultRows(Shell results) {
        Table table = Widgets.byId(results, Table.class, WidgetIds.IMPORT_RESULTS);
        return UiThread.call(() -> Arrays.stream(table.getItems()).map(i -> i.getText(2)).toList());
    }

    @Test
    void theWorkbenchAsksWhichCaseWroteAnEmailAndShowsACaseNoteInParts(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path eml = Files.writeString(in.resolve("reply.eml"), MAIL.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        Path note = Files.writeString(in.resolve("family-b-note.txt"),
                "Case note, family B\n\nReason for referral:\nConcerns after a house move.\n\nOutcome:\nThe family continues.\n");
        ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Mail UI", OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        store.apply("cases", () -> {
            for (String name : List.of("Anna", "Müller family")) {
                Case c = AttuneFactory.eINSTANCE.createCase();
                c.setName(name);
                store.project().getCases().add(c);
            }
        });
        Shell window = Workbench.open(store);

        Shell results = importFiles(window, List.of(eml, note), true);
        List<String> rows = resultRows(results);
        assertTrue(rows.stream().anyMatch(r -> r.contains("3 parts at headings")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("not assigned to a case")), rows.toString());
        Input.click(Widgets.byText(results, Button.class, "Close"));

        // the sender matched no case: the workbench asks, offering the case that shares a word with the sender first
        Shell ask = Widgets.shell("Which Case Wrote These E-mails?");
        Combo choice = Widgets.byId(ask, Combo.class, WidgetIds.SENDER_CASE + 0);
        assertEquals(List.of("Müller family", "Anna"), UiThread.call(() -> List.of(choice.getItems())));
        assertTrue(UiThread.call(() -> Widgets.descendants(ask).stream().map(Widgets::textOf)
                .anyMatch(t -> t != null && t.contains("Jörg Müller <joerg@example.org> (1 e-mail)"))), "the sender and its messages are named");
        assertTrue(UiThread.call(() -> Widgets.descendants(ask).stream().map(Widgets::textOf).anyMatch("likely: Müller family"::equals)),
                "the likely case is said beside the choice");
        UiThread.run(() -> choice.select(0));
        UiThread.flush();
        Screenshots.capture(SCREENSHOTS.resolve("mail-sender-case.png"));
        Input.click(Widgets.byText(ask, Button.class, "Put in Cases"));
        TextSource reply = UiThread.call(() -> (TextSource) store.project().getSources().stream()
                .filter(s -> "After the visit".equals(s.getImportMetadata().get("subject"))).findFirst().orElseThrow());
        UiThread.waitUntil("the e-mail in its sender's case", () -> reply.getCases().size() == 1 && reply.getCases().get(0).getName().equals("Müller family"));
        assertEquals("Müller family", UiThread.call(() -> reply.getTurns().get(0).getCase().getName()), "its new text is the case's");

        // its attributes and its attachment in its tooltip in the Project Explorer, and the attachment opened from it
        Tree explorer = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        String tip = UiThread.call(() -> ProjectExplorerView.toolTip(reply));
        assertTrue(tip.contains("From: Jörg Müller <joerg@example.org>") && tip.contains("Subject: After the visit") && tip.contains("linked: diary"), tip);
        CodingUiTest.selectInExplorer(explorer, reply.getName());
        Input.select(Widgets.contextMenuItem(explorer, "Open Linked"));
        UiThread.waitUntil("the attachment's editor", () -> Workbench.page().getActiveEditor() instanceof SourceEditor e && e.getPartName().equals("diary"));
        CodingUiTest.selectInExplorer(explorer, "diary");
        Input.select(Widgets.contextMenuItem(explorer, "Open Linked"));
        UiThread.waitUntil("the e-mail's editor, opened from its attachment", () -> Workbench.page().getActiveEditor() instanceof SourceEditor e
                && e.getPartName().equals(reply.getName()));

        // the case note: one source in three parts, each heading bold in the editor
        TextSource caseNote = UiThread.call(() -> (TextSource) store.project().getSources().stream()
                .filter(s -> s.getName().equals("family-b-note")).findFirst().orElseThrow());
        assertEquals(List.of(Sections.BEFORE, "Reason for referral", "Outcome"),
                UiThread.call(() -> caseNote.getTurns().stream().map(SpeakerTurn::getSpeaker).toList()));
        SourceEditor editor = CodingUiTest.openFromExplorer(window, "family-b-note");
        StyledText text = UiThread.call(editor::textWidget);
        for (String heading : List.of("Reason for referral", "Outcome")) {
            int at = UiThread.call(() -> text.getText().indexOf(heading + ":"));
            assertTrue(at >= 0, heading);
            StyleRange style = UiThread.call(() -> text.getStyleRangeAtOffset(at));
            assertTrue(style != null && (style.fontStyle & SWT.BOLD) != 0, heading + " is shown as its part's heading");
        }
        Screenshots.capture(SCREENSHOTS.resolve("case-note-parts.png"));
        assertEquals(3, UiThread.call(() -> store.project().getSources().size()), "the e-mail, its attachment and the note: " 
                + UiThread.call(() -> store.project().getSources().stream().map(Source::getName).toList()));
    }
}
