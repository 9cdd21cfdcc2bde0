package org.attune.ui.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Saves what the screen shows as a PNG, for a person to look at after a UI test. */
public final class Screenshots {
    private Screenshots() {
    }

    /** Captures the whole display into {@code file} (parent folders are created) and returns it. */
    public static Path capture(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageData data = UiThread.call(() -> {
            Display display = Display.getCurrent();
            Rectangle bounds = display.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, 0, 0);
                return image.getImageData();
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }
}
