package org.attune.coding;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.attune.model.ImageSource;
import org.attune.model.RegionSelection;
import org.attune.store.Originals;
import org.attune.store.ProjectStore;

/**
 * Thumbnails of coded regions of pictures: the region cut out of the picture file and scaled to fit a square, as PNG.
 * Only the region is decoded, subsampled when it is much larger than the thumbnail, so a large photo costs little;
 * thumbnails made once are kept (the last {@value #KEPT}, keyed by file, its size and time and the region).
 * A file that is missing or no readable picture is an {@link IOException} naming the file and the problem.
 */
public final class RegionCrops {
    /** The edge of the square a thumbnail fits in, in pixels, as Coded Segments shows it. */
    public static final int THUMBNAIL = 48;
    private static final int KEPT = 512;

    private record Key(Path file, long bytes, long modified, int x, int y, int width, int height, int edge) {
    }

    private static final Map<Key, byte[]> KEPT_PNGS = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > KEPT;
        }
    });

    private RegionCrops() {
    }

    /** The file of a picture of the project (copied into it, or linked). */
    public static Path file(ProjectStore store, ImageSource picture) {
        Path file = store.originals().file(picture);
        return file != null ? file : store.folder();
    }

    /** The thumbnail of a region of a picture of the project, as PNG, fitting a square of {@code edge} pixels. */
    public static byte[] thumbnail(ProjectStore store, ImageSource picture, RegionSelection region, int edge) throws IOException {
        return png(store.originals(), file(store, picture), region.getX(), region.getY(), region.getWidth(), region.getHeight(), edge);
    }

    /** The region (x, y, width, height) of a picture file, scaled to fit {@code edge} pixels, as PNG; kept for next time. */
    public static byte[] png(Path file, int x, int y, int width, int height, int edge) throws IOException {
        return png(Originals.plainFiles(), file, x, y, width, height, edge);
    }

    /** {@link #png(Path, int, int, int, int, int)} of a project's file, read through its {@code originals}. */
    public static byte[] png(Originals originals, Path file, int x, int y, int width, int height, int edge) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": the picture file is missing");
        }
        Key key = new Key(file, Files.size(file), Files.getLastModifiedTime(file).toMillis(), x, y, width, height, edge);
        byte[] kept = KEPT_PNGS.get(key);
        if (kept != null) {
            return kept;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(crop(originals, file, x, y, width, height, edge), "png", out);
        byte[] png = out.toByteArray();
        KEPT_PNGS.put(key, png);
        return png;
    }

    /** The region of a picture file, cut to the picture, scaled to fit a square of {@code edge} pixels. */
    public static BufferedImage crop(Path file, int x, int y, int width, int height, int edge) throws IOException {
        return crop(Originals.plainFiles(), file, x, y, width, height, edge);
    }

    /**
     * {@link #crop(Path, int, int, int, int, int)} of a project's file, read through its {@code originals}: an
     * encrypted one is decrypted in memory (ImageIO's file cache, which would write it to the temporary folder, is not
     * used).
     */
    public static BufferedImage crop(Originals originals, Path file, int x, int y, int width, int height, int edge) throws IOException {
        try (ImageInputStream in = originals.encrypted() ? new MemoryCacheImageInputStream(originals.read(file))
                : ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(file + ": not a picture Attune can read (PNG, JPEG, GIF, BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                Rectangle region = new Rectangle(x, y, width, height).intersection(new Rectangle(reader.getWidth(0), reader.getHeight(0)));
                if (region.isEmpty()) {
                    throw new IOException(file + ": the region " + x + "," + y + " " + width + "×" + height
                            + " px lies outside the picture (" + reader.getWidth(0) + "×" + reader.getHeight(0) + " px)");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(region);
                int step = Math.max(1, Math.max(region.width, region.height) / (edge * 2)); // decode no more than needed
                param.setSourceSubsampling(step, step, 0, 0);
                return scaled(reader.read(0, param), edge);
            } catch (IOException | RuntimeException broken) {
                if (broken instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith(file.toString())) {
                    throw io;
                }
                throw new IOException(file + ": the picture cannot be read, it may be damaged (" + broken.getClass().getSimpleName()
                        + (broken.getMessage() == null ? "" : ": " + broken.getMessage()) + ")", broken);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage image, int edge) {
        double s = Math.min(1, (double) edge / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * s));
        int h = Math.max(1, (int) Math.round(image.getHeight() * s));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, java.awt.Color.WHITE, null); // a transparent picture on white
        } finally {
            g.dispose();
        }
        return out;
    }
}
