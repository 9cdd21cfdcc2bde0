package org.attune.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.attune.agreement.text.AgreementTable;
import org.attune.agreement.text.Figure;

/**
 * The Agreement Report view's bar chart drawn into a PNG without a display (Java2D): for each line, worst first and at
 * most {@value #MOST}, a bar of Cohen's kappa and one of unitizing alpha (a figure not defined draws no bar), in the
 * view's colours, on an axis from the lowest value (at most 0) to 1.
 */
public final class AgreementChart {
    /** The most lines drawn, as in the view. */
    public static final int MOST = 20;
    static final Color KAPPA = new Color(0, 109, 119);
    static final Color ALPHA = new Color(214, 96, 77);

    private AgreementChart() {
    }

    /** The chart of {@code lines} (labelled by code, else source, else {@code overall}) as PNG bytes. */
    public static byte[] png(List<AgreementTable.Line> lines, String title, int width, int height) throws IOException {
        List<AgreementTable.Line> shown = lines.subList(0, Math.min(lines.size(), MOST));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.setColor(Color.DARK_GRAY);
            FontMetrics big = g.getFontMetrics();
            g.drawString(title, (width - big.stringWidth(title)) / 2, big.getAscent() + 6);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            FontMetrics fm = g.getFontMetrics();
            int left = 48;
            int right = width - 12;
            int top = big.getHeight() + 34;
            int bottom = height - 90;
            double low = Math.min(0, shown.stream().mapToDouble(l -> Math.min(orZero(l.kappa()), orZero(l.alphaU()))).min().orElse(0));
            double high = 1;
            // legend
            int lx = left;
            for (Object[] entry : new Object[][] {{"kappa", KAPPA}, {"alpha-u", ALPHA}}) {
                g.setColor((Color) entry[1]);
                g.fillRect(lx, top - 22, 12, 12);
                g.setColor(Color.DARK_GRAY);
                g.drawString((String) entry[0], lx + 16, top - 12);
                lx += 24 + fm.stringWidth((String) entry[0]) + 12;
            }
            // axis and grid
            g.setStroke(new BasicStroke(1));
            for (int i = 0; i <= 4; i++) {
                double v = low + (high - low) * i / 4;
                int y = y(v, low, high, top, bottom);
                g.setColor(new Color(225, 225, 225));
                g.drawLine(left, y, right, y);
                g.setColor(Color.DARK_GRAY);
                String label = String.format(Locale.ROOT, "%.2f", v);
                g.drawString(label, left - 6 - fm.stringWidth(label), y + fm.getAscent() / 2);
            }
            int zero = y(0, low, high, top, bottom);
            g.drawLine(left, top, left, bottom);
            g.drawLine(left, zero, right, zero);
            if (!shown.isEmpty()) {
                double slot = (double) (right - left) / shown.size();
                int bar = (int) Math.max(1, slot * 0.35);
                for (int i = 0; i < shown.size(); i++) {
                    AgreementTable.Line line = shown.get(i);
                    int x = left + (int) (slot * i + slot / 2);
                    bar(g, line.kappa(), x - bar, bar, low, high, top, bottom, KAPPA);
                    bar(g, line.alphaU(), x, bar, low, high, top, bottom, ALPHA);
                    String name = label(line);
                    while (fm.stringWidth(name) > 80 && name.length() > 2) {
                        name = name.substring(0, name.length() - 2) + "…";
                    }
                    Graphics2D turned = (Graphics2D) g.create();
                    turned.translate(x + fm.getAscent() / 2, bottom + 6);
                    turned.rotate(Math.PI / 4);
                    turned.setColor(Color.DARK_GRAY);
                    turned.drawString(name, 0, 0);
                    turned.dispose();
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** What a line is called on the chart: its code, else its source, else "overall". */
    static String label(AgreementTable.Line line) {
        return line.scope().code() != null ? line.scope().code() : line.scope().source() != null ? line.scope().source() : "overall";
    }

    private static void bar(Graphics2D g, Figure f, int x, int width, double low, double high, int top, int bottom, Color colour) {
        if (!f.isDefined()) {
            return;
        }
        int zero = y(0, low, high, top, bottom);
        int y = y(f.value(), low, high, top, bottom);
        g.setColor(colour);
        g.fillRect(x, Math.min(y, zero), width, Math.max(1, Math.abs(zero - y)));
    }

    private static int y(double value, double low, double high, int top, int bottom) {
        return bottom - (int) Math.round((value - low) / (high - low) * (bottom - top));
    }

    private static double orZero(Figure f) {
        return f.isDefined() ? f.value() : 0;
    }
}
