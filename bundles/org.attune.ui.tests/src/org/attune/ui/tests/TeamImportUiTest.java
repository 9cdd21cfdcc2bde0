package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Random;

import javax.imageio.ImageIO;

import org.attune.model.Source;
import org.attune.store.OpenOptions;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.testsupport.Workbench;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; Import... on an open team project: the imported photo's file reaches the server with the import, and another
 * login reads the very same bytes.
 */
class TeamImportUiTest {
    @AfterEach
    void closeTheProject() {
        Workbench.closeEditorsAndProject();
    }

    @Test
    void anImportedPhotoReachesTheServer(@TempDir Path tmp) throws Exception {
        PgCluster cluster = PgCluster.shared();
        String database = "teamimportui";
        String plain = cluster.newDatabase(database);
        String url = cluster.urlWithCredentials(plain);
        TeamProject.create(url, "Team import");
        try (Connection admin = cluster.admin(database); Statement s = admin.createStatement()) {
            s.execute("create role ui_vera login password 'pw-vera' in role attune_coder");
        }
        Path photo = tmp.resolve("Sand tableau.jpg");
        BufferedImage image = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        assertTrue(ImageIO.write(image, "jpeg", photo.toFile()));

        Shell window = Workbench.window();
        OpenedProject opened = ProjectStores.open(url, OpenOptions.of(IProjectSession.HOLDER).withBackups(false), true,
                window.getDisplay()::asyncExec);
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(opened));
        Input.select(Widgets.menuItem(window, "File", "Import..."));
        Shell wizard = Widgets.shell("Import");
        Input.type(Widgets.byId(wizard, Text.class, WidgetIds.IMPORT_PATH), photo.toString());
        Input.click(Widgets.byId(wizard, Button.class, WidgetIds.IMPORT_ADD_PATH));
        Button finish = Widgets.byText(wizard, Button.class, "Finish");
        UiThread.waitUntil("Finish to be enabled", finish::isEnabled);
        Input.click(finish);
        Shell results = Widgets.shell("Import Finished");
        Input.click(Widgets.byText(results, Button.class, "Close"));
        UiThread.waitUntil("the results to close", results::isDisposed);

        String original = sha256(Files.readAllBytes(photo));
        UiThread.waitUntil("the photo's file on the server", () -> original.equals(serverHash(cluster, database)));
        try (OpenedProject vera = ProjectStores.open(plain + "?user=ui_vera&password=pw-vera", OpenOptions.of("vera"), false)) {
            Source theirs = vera.store().project().getSources().get(0);
            assertEquals(original, sha256(vera.store().originals().readAllBytes(vera.store().originals().file(theirs))),
                    "another login reads the same bytes");
        }
    }

    private static String serverHash(PgCluster cluster, String database) {
        try (Connection admin = cluster.admin(database); Statement s = admin.createStatement();
                ResultSet r = s.executeQuery("select sha256 from media_file")) {
            return r.next() ? r.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
