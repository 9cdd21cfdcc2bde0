package org.attune.sample;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * The sample's picture: a fictional photo of a child's sand tableau, drawn when the sample is made — a sand tray
 * with a pond, a tree, a house, and two figures side by side (the region the sample codes, at {@link #FIGURES}).
 */
final class SandTableau {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    /** The two figures side by side: x, y, width, height in pixels. */
    static final int[] FIGURES = {372, 250, 120, 130};

    private SandTableau() {
    }

    static void write(Path file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x6b4a2b)); // the tray's wooden rim
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0xe3cc98)); // sand
            g.fillRect(24, 24, WIDTH - 48, HEIGHT - 48);
            Random grains = new Random(18); // the same picture every time
            for (int i = 0; i < 6000; i++) {
                g.setColor(grains.nextBoolean() ? new Color(0xd6bd86) : new Color(0xefdcae));
                g.fillRect(24 + grains.nextInt(WIDTH - 48), 24 + grains.nextInt(HEIGHT - 48), 2, 2);
            }
            g.setColor(new Color(0x4f8fc0)); // the pond
            g.fill(new Ellipse2D.Double(70, 280, 220, 120));
            g.setColor(new Color(0x7a5230)); // the tree
            g.fillRect(130, 120, 18, 90);
            g.setColor(new Color(0x3f8a3a));
            g.fill(new Ellipse2D.Double(85, 50, 110, 100));
            g.setColor(new Color(0xf2efe6)); // the house
            g.fillRect(380, 90, 130, 100);
            g.setColor(new Color(0xb8432f));
            g.fillPolygon(new int[] {365, 445, 525}, new int[] {95, 40, 95}, 3);
            g.setColor(new Color(0x5a3b22));
            g.fillRect(432, 140, 26, 50);
            figure(g, 400, 270, 1.0, new Color(0x2f5d9e)); // the carer
            figure(g, 455, 300, 0.7, new Color(0xe0892b)); // the child, beside the carer
            g.setColor(new Color(0x8a8a8a)); // a fence of stones
            g.setStroke(new BasicStroke(3));
            for (int x = 260; x < 560; x += 22) {
                g.fill(new Ellipse2D.Double(x, 210, 14, 10));
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static void figure(Graphics2D g, int x, int y, double size, Color clothes) {
        g.setColor(new Color(0xf1c9a5));
        g.fill(new Ellipse2D.Double(x, y, 30 * size, 30 * size));
        g.setColor(clothes);
        g.fillRoundRect(x - (int) (6 * size), y + (int) (30 * size), (int) (42 * size), (int) (70 * size), 12, 12);
    }
}
