package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.attune.coding.Coder;
import org.attune.importer.media.Waveform;
import org.attune.model.AttuneFactory;
import org.attune.model.AudioSource;
import org.attune.model.Case;
import org.attune.model.ImageSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.PictureEditor;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.testsupport.Workbench;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import... of an e-mail with a photo and a recording attached, into an encrypted project (#18): both import as
 * sources of their own linked to the message (they were reported "not imported ... it stays in the e-mail"), the photo
 * with its size and the recording with its duration and waveform; the photo opens from the Project Explorer in the
 * picture viewer (decrypted in memory), and a region coded on it is listed in Coded Segments.
 */
class EncryptedMailAttachmentsUiTest {

    @AfterEach
    void closeTheProject() {
        Workbench.closeEditorsAndProject();
    }

    @Test
    void aPhotoAndARecordingAttachedToAnEmailImportIntoAnEncryptedProject(@TempDir Path tmp) throws Exception {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(18);
        for (int y = 0; y < 160; y++) {
            for (int x = 0; x < 240; x++) {
                image.setRGB(x, y, x < 120 ? 0xd9a441 : random.nextInt(0x1000000)); // sand, and noise
            }
        }
        Path png = tmp.resolve("tableau.png");
        ImageIO.write(image, "png", png.toFile());
        Path wav = tmp.resolve("diary.wav");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=330:duration=2", "-af",
                "volume=4", wav.toString()).redirectErrorStream(true).start();
        assertTrue(ffmpeg.waitFor(60, TimeUnit.SECONDS) && ffmpeg.exitValue() == 0, new String(ffmpeg.getInputStream().readAllBytes()));
        StringBuilder mail = new StringBuilder("From: Anna <anna@example.org>\r\nTo: team@example.org\r\nSubject: The tableau\r\n"
                + "Date: Mon, 2 Mar 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThe sand tableau and what the child said about it.\r\n");
        for (Path file : List.of(png, wav)) {
            mail.append("--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"")
                    .append(file.getFileName()).append("\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString(Files.readAllBytes(file))).append("\r\n");
        }
        Path eml = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("tableau.eml"), mail.append("--b--\r\n"),
                StandardCharsets.US_ASCII);
        ProjectStore store = ProjectStore.create(tmp.resolve("sealed"), "Sealed mail",
                OpenOptions.of(IProjectSession.HOLDER).withBackups(false).withPassphrase("Tide pool 42".toCharArray()));
        store.apply("case", () -> {
            Case anna = AttuneFactory.eINSTANCE.createCase();
            anna.setName("Anna"); // the sender's case: no question after the import
            store.project().getCases().add(anna);
        });
        Shell window = Workbench.open(store);

        Shell results = MailAndCaseNoteUiTest.importFiles(window, List.of(eml), false);
        List<String> rows = MailAndCaseNoteUiTest.resultRows(results);
        assertTrue(rows.stream().anyMatch(r -> r.contains("attachment \"tableau.png\": image/png, 240×160 px; linked to \"The tableau")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("attachment \"diary.wav\"") && r.contains("00:00:02.0")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("stays in the e-mail")), rows.toString());
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("encrypted-mail-attachments-imported.png"));
        Input.click(Widgets.byText(results, Button.class, "Close"));

        ImageSource photo = UiThread.call(() -> (ImageSource) store.project().getSources().stream().filter(s -> s.getName().equals("tableau"))
                .findFirst().orElseThrow());
        AudioSource diary = UiThread.call(() -> (AudioSource) store.project().getSources().stream().filter(s -> s.getName().equals("diary"))
                .findFirst().orElseThrow());
        assertEquals(2000, UiThread.call(diary::getDurationMs), 30);
        assertTrue(UiThread.call(() -> Waveform.levels(diary)).length > 20, "the diary's waveform");

        // the photo opens from the Project Explorer, decrypted in memory, and a region coded on it is in Coded Segments
        Tree explorer = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        UiThread.waitUntil("the photo in the explorer", () -> CodingUiTest.find(explorer.getItems(), "tableau") != null);
        UiThread.run(() -> Input.openItem(CodingUiTest.find(explorer.getItems(), "tableau")));
        UiThread.waitUntil("the picture viewer", () -> Workbench.page().getActiveEditor() instanceof PictureEditor p && p.getPartName().equals("tableau"));
        Label status = Widgets.byId(window, Label.class, WidgetIds.PICTURE_STATUS);
        UiThread.waitUntil("the photo shown", () -> status.getText().contains("0 coded regions"));
        UiThread.run(() -> new Coder(store).codeRegionWithName(photo, 10, 20, 100, 80, "sand"));
        UiThread.waitUntil("the region coded", () -> status.getText().contains("1 coded region"));
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("encrypted-mail-photo.png"));
        Table segments = CodingUiTest.segmentsOf(window, "sand");
        UiThread.waitUntil("the region in Coded Segments", () -> segments.getItemCount() == 1 && segments.getItem(0).getImage(6) != null); // its thumbnail, beside the segment
    }
}
