package org.attune.ui.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Saves what the screen shows as a PNG, for a person to look at after a UI test. */
public final class Screenshots {
    private Screenshots() {
    }

    /** The colour the screen shows at a point of {@code control} (its own coordinates), read from the display. */
    public static RGB pixel(Control control, int x, int y) {
        if (Display.getCurrent() != null) { // already on the UI thread, e.g. inside a UiThread.waitUntil condition
            return pixelHere(control, x, y);
        }
        return UiThread.call(() -> pixelHere(control, x, y));
    }

    private static RGB pixelHere(Control control, int x, int y) {
        Display display = control.getDisplay();
        Point at = control.toDisplay(x, y);
        Image image = new Image(display, 1, 1);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, at.x, at.y);
            ImageData data = image.getImageData();
            return data.palette.getRGB(data.getPixel(0, 0));
        } finally {
            gc.dispose();
            image.dispose();
        }
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
