import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws Attune's icons: each on a 16-unit grid, written as NAME.png (16×16) and NAME@2x.png (32×32, which
 * Eclipse picks for HiDPI screens by its name). One palette and one outline for all, so the set looks of a piece.
 * The drawings are Attune's own (EPL-2.0 like the rest); nothing is copied from an icon set.
 *
 * <pre>java releng/scripts/Icons.java [OUTPUT_DIR]</pre>
 * OUTPUT_DIR defaults to bundles/org.attune.ui/icons. Run it from the repository root after changing a drawing
 * and commit the PNGs.
 */
public class Icons {
    // The palette: a dark slate outline, white paper, and seven fills.
    static final Color INK = new Color(0x34495E);
    static final Color PAPER = Color.WHITE;
    static final Color LINE = new Color(0x9AA7B4);
    static final Color BLUE = new Color(0x3D7DCA);
    static final Color SKY = new Color(0xA9CFF2);
    static final Color TEAL = new Color(0x1F9E8F);
    static final Color ORANGE = new Color(0xE8892B);
    static final Color GREEN = new Color(0x43A047);
    static final Color RED = new Color(0xD64541);
    static final Color PURPLE = new Color(0x8559B8);
    static final Color YELLOW = new Color(0xF2C037);
    static final Color TAN = new Color(0xE9B949);
    static final Color GREY = new Color(0x8A97A6);

    /** One icon being drawn: a Graphics2D in 16-unit coordinates and helpers with the house style. */
    static final class Pen {
        final Graphics2D g;
        final int scale;

        Pen(Graphics2D g, int scale) {
            this.g = g;
            this.scale = scale;
        }

        /** Fills then outlines a shape in the house outline. */
        void shape(Shape s, Color fill) {
            if (fill != null) {
                g.setColor(fill);
                g.fill(s);
            }
            outline(s, INK);
        }

        void outline(Shape s, Color colour) {
            g.setColor(colour);
            g.setStroke(new BasicStroke(scale == 1 ? 1f : 0.75f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }

        void fill(Shape s, Color colour) {
            g.setColor(colour);
            g.fill(s);
        }

        void line(double x1, double y1, double x2, double y2, Color colour, float width) {
            g.setColor(colour);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        /** A sheet of paper with a folded top-right corner. */
        Shape page(double x, double y, double w, double h) {
            Path2D p = new Path2D.Double();
            p.moveTo(x, y);
            p.lineTo(x + w - 3.5, y);
            p.lineTo(x + w, y + 3.5);
            p.lineTo(x + w, y + h);
            p.lineTo(x, y + h);
            p.closePath();
            shape(p, PAPER);
            Path2D fold = new Path2D.Double();
            fold.moveTo(x + w - 3.5, y);
            fold.lineTo(x + w - 3.5, y + 3.5);
            fold.lineTo(x + w, y + 3.5);
            outline(fold, INK);
            return p;
        }

        /** Text lines on a page, from y, every 2 units. */
        void lines(double x, double y, double w, int count, Color colour) {
            for (int i = 0; i < count; i++) {
                line(x, y + 2 * i, x + (i == count - 1 ? w * 0.6 : w), y + 2 * i, colour, 1f);
            }
        }

        /** A code's label tag pointing left, with its hole. */
        Shape tag(double x, double y, double w, double h, Color fill) {
            Path2D p = new Path2D.Double();
            p.moveTo(x, y + h / 2);
            p.lineTo(x + h / 2, y);
            p.lineTo(x + w, y);
            p.lineTo(x + w, y + h);
            p.lineTo(x + h / 2, y + h);
            p.closePath();
            Area a = new Area(p);
            a.subtract(new Area(new Ellipse2D.Double(x + h / 2 - 1, y + h / 2 - 1, 2, 2)));
            shape(a, fill);
            return a;
        }

        /** A small round badge at the bottom right (a plus, a bolt …) drawn over an icon. */
        void badge(Color fill, Consumer<Pen> mark) {
            Shape c = new Ellipse2D.Double(8.5, 8.5, 7, 7);
            fill(c, PAPER);
            shape(new Ellipse2D.Double(9, 9, 6, 6), fill);
            mark.accept(this);
        }

        void plus(double cx, double cy, double r) {
            line(cx - r, cy, cx + r, cy, PAPER, 1.4f);
            line(cx, cy - r, cx, cy + r, PAPER, 1.4f);
        }

        Path2D poly(double... xy) {
            Path2D p = new Path2D.Double();
            p.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                p.lineTo(xy[i], xy[i + 1]);
            }
            p.closePath();
            return p;
        }

        void arrowDown(double cx, double top, double bottom, Color colour) {
            shape(poly(cx - 1.5, top, cx + 1.5, top, cx + 1.5, bottom - 3.5, cx + 3.5, bottom - 3.5, cx, bottom,
                    cx - 3.5, bottom - 3.5, cx - 1.5, bottom - 3.5), colour);
        }

        void arrowUp(double cx, double top, double bottom, Color colour) {
            shape(poly(cx - 1.5, bottom, cx + 1.5, bottom, cx + 1.5, top + 3.5, cx + 3.5, top + 3.5, cx, top,
                    cx - 3.5, top + 3.5, cx - 1.5, top + 3.5), colour);
        }

        void tray() {
            shape(poly(1.5, 9.5, 4.5, 9.5, 5.5, 11.5, 10.5, 11.5, 11.5, 9.5, 14.5, 9.5, 14.5, 14.5, 1.5, 14.5), SKY);
        }

        void folder(Color fill) {
            shape(poly(1.5, 3.5, 6, 3.5, 7.5, 5, 14.5, 5, 14.5, 13.5, 1.5, 13.5), fill);
            line(1.5, 6.5, 14.5, 6.5, INK, scale == 1 ? 1f : 0.75f);
        }

        void person(double cx, double top, Color fill) {
            shape(new Ellipse2D.Double(cx - 2.5, top, 5, 5), fill);
            Path2D body = new Path2D.Double();
            body.moveTo(cx - 5, top + 12);
            body.curveTo(cx - 5, top + 6.5, cx + 5, top + 6.5, cx + 5, top + 12);
            body.closePath();
            shape(body, fill);
        }
    }

    static final Map<String, Consumer<Pen>> ICONS = new LinkedHashMap<>();

    static {
        // Sources, by kind
        ICONS.put("source-text", p -> {
            p.page(2.5, 1.5, 11, 13);
            p.lines(4.5, 6, 7, 4, LINE);
        });
        ICONS.put("source-transcript", p -> {
            p.page(2.5, 1.5, 11, 13);
            p.lines(4.5, 6, 7, 2, LINE);
            p.shape(p.poly(6.5, 9.5, 15, 9.5, 15, 14, 10, 14, 8, 15.5, 8.5, 14, 6.5, 14), BLUE);
            p.line(8.5, 11.75, 13, 11.75, PAPER, 1f);
        });
        ICONS.put("source-document", p -> {
            p.page(2.5, 1.5, 11, 13);
            p.lines(4.5, 5.5, 7, 2, LINE);
            p.fill(new Rectangle2D.Double(3, 9.5, 10, 4.5), RED);
            p.line(4.5, 11.75, 11.5, 11.75, PAPER, 1f);
        });
        ICONS.put("source-audio", p -> {
            p.shape(new RoundRectangle2D.Double(1.5, 2.5, 13, 11, 3, 3), TEAL);
            double[] heights = {2, 5, 8, 4, 6, 3};
            for (int i = 0; i < heights.length; i++) {
                double x = 4 + i * 1.6;
                p.line(x, 8 - heights[i] / 2, x, 8 + heights[i] / 2, PAPER, 1f);
            }
        });
        ICONS.put("source-video", p -> {
            p.shape(new RoundRectangle2D.Double(1.5, 2.5, 13, 11, 2, 2), INK);
            for (int i = 0; i < 4; i++) {
                p.fill(new Rectangle2D.Double(2.5 + i * 3.2, 3.2, 1.6, 1.2), PAPER);
                p.fill(new Rectangle2D.Double(2.5 + i * 3.2, 11.6, 1.6, 1.2), PAPER);
            }
            p.fill(new Rectangle2D.Double(2, 5, 12, 6), BLUE);
            p.fill(p.poly(6.5, 5.8, 10.5, 8, 6.5, 10.2), PAPER);
        });
        ICONS.put("source-picture", p -> {
            p.shape(new Rectangle2D.Double(1.5, 2.5, 13, 11), SKY);
            p.fill(new Ellipse2D.Double(9.5, 4, 3, 3), YELLOW);
            p.fill(p.poly(2, 13, 6.5, 7, 9.5, 11, 11, 9.5, 14, 13), GREEN);
            p.outline(new Rectangle2D.Double(1.5, 2.5, 13, 11), INK);
        });
        ICONS.put("source-email", p -> {
            p.shape(new Rectangle2D.Double(1.5, 3.5, 13, 9), PAPER);
            Path2D flap = new Path2D.Double();
            flap.moveTo(1.5, 3.5);
            flap.lineTo(8, 9);
            flap.lineTo(14.5, 3.5);
            p.shape(flap, SKY);
            p.line(1.5, 12.5, 6, 8, INK, p.scale == 1 ? 1f : 0.75f);
            p.line(14.5, 12.5, 10, 8, INK, p.scale == 1 ? 1f : 0.75f);
        });
        ICONS.put("source-survey", p -> {
            p.shape(new Rectangle2D.Double(1.5, 2.5, 13, 11), PAPER);
            p.fill(new Rectangle2D.Double(2, 3, 12, 2.5), GREEN);
            for (double y : new double[] {8, 10.5}) {
                p.line(1.5, y, 14.5, y, LINE, 1f);
            }
            for (double x : new double[] {6, 10.25}) {
                p.line(x, 5.5, x, 13.5, LINE, 1f);
            }
            p.outline(new Rectangle2D.Double(1.5, 2.5, 13, 11), INK);
        });
        // Project elements
        ICONS.put("code", p -> p.tag(1.5, 4.5, 13, 7, BLUE));
        ICONS.put("theme", p -> {
            p.tag(4.5, 2.5, 10, 6, SKY);
            p.tag(1.5, 7.5, 11, 6, BLUE);
        });
        ICONS.put("code-tint", p -> p.tag(1.5, 4.5, 13, 7, PAPER)); // recoloured in a code's colour at run time
        ICONS.put("theme-tint", p -> {
            p.tag(4.5, 2.5, 10, 6, PAPER);
            p.tag(1.5, 7.5, 11, 6, PAPER);
        });
        ICONS.put("memo", p -> {
            p.shape(p.poly(2.5, 2.5, 13.5, 2.5, 13.5, 10, 10, 13.5, 2.5, 13.5), YELLOW);
            p.shape(p.poly(13.5, 10, 10, 10, 10, 13.5), TAN);
            p.lines(4.5, 5.5, 6.5, 3, INK);
        });
        ICONS.put("case", p -> p.person(8, 2.5, PURPLE));
        ICONS.put("set", p -> {
            p.shape(new RoundRectangle2D.Double(5.5, 1.5, 9, 7, 2, 2), SKY);
            p.shape(new RoundRectangle2D.Double(3.5, 4.5, 9, 7, 2, 2), TAN);
            p.shape(new RoundRectangle2D.Double(1.5, 7.5, 9, 7, 2, 2), ORANGE);
        });
        ICONS.put("rating-sheet", p -> {
            p.shape(new RoundRectangle2D.Double(2.5, 2.5, 11, 12, 1.5, 1.5), PAPER);
            p.shape(new RoundRectangle2D.Double(5.5, 1, 5, 3, 1, 1), GREY);
            for (int i = 0; i < 3; i++) {
                double y = 6.5 + i * 2.6;
                p.line(4, y, 5, y + 1, GREEN, 1.1f);
                p.line(5, y + 1, 6.5, y - 0.8, GREEN, 1.1f);
                p.line(8, y, 12, y, LINE, 1f);
            }
        });
        ICONS.put("rating-scale", p -> {
            for (int i = 0; i < 5; i++) {
                double h = 2.5 + i * 2.5;
                p.shape(new Rectangle2D.Double(1.5 + i * 2.75, 14.5 - h, 2, h), i < 3 ? ORANGE : PAPER);
            }
        });
        ICONS.put("project", p -> p.folder(TAN));
        ICONS.put("codebook", p -> {
            p.shape(new RoundRectangle2D.Double(2.5, 1.5, 11, 13, 1.5, 1.5), BLUE);
            p.fill(new Rectangle2D.Double(3, 12, 10, 2), PAPER);
            p.outline(new RoundRectangle2D.Double(2.5, 1.5, 11, 13, 1.5, 1.5), INK);
            p.tag(5, 4.5, 7, 4.5, PAPER);
        });
        ICONS.put("segments", p -> {
            p.page(2.5, 1.5, 11, 13);
            p.fill(new Rectangle2D.Double(4, 5, 8, 2), YELLOW);
            p.fill(new Rectangle2D.Double(4, 9, 6, 2), SKY);
            p.lines(4.5, 6, 7, 4, INK);
        });
        ICONS.put("compare", p -> {
            p.shape(new Rectangle2D.Double(1.5, 2.5, 6, 11), PAPER);
            p.shape(new Rectangle2D.Double(8.5, 2.5, 6, 11), PAPER);
            p.fill(new Rectangle2D.Double(2, 5, 5, 2), BLUE);
            p.fill(new Rectangle2D.Double(9, 5, 5, 2), ORANGE);
            p.lines(3, 9.5, 3.5, 2, LINE);
            p.lines(10, 9.5, 3.5, 2, LINE);
        });
        ICONS.put("chart", p -> {
            p.line(1.5, 14.5, 14.5, 14.5, INK, p.scale == 1 ? 1f : 0.75f);
            p.shape(new Rectangle2D.Double(2.5, 8.5, 3, 6), BLUE);
            p.shape(new Rectangle2D.Double(6.5, 3.5, 3, 11), ORANGE);
            p.shape(new Rectangle2D.Double(10.5, 6.5, 3, 8), TEAL);
        });
        ICONS.put("matrix", p -> {
            Color[] cells = {BLUE, SKY, PAPER, SKY, BLUE, SKY, PAPER, SKY, BLUE};
            for (int i = 0; i < 9; i++) {
                p.shape(new Rectangle2D.Double(1.5 + i % 3 * 4.5, 1.5 + i / 3 * 4.5, 4, 4), cells[i]);
            }
        });
        ICONS.put("theme-map", p -> {
            p.line(4, 4, 12, 8, INK, 1f);
            p.line(4, 4, 5, 12.5, INK, 1f);
            p.line(12, 8, 5, 12.5, INK, 1f);
            p.shape(new Ellipse2D.Double(1.5, 1.5, 5, 5), BLUE);
            p.shape(new Ellipse2D.Double(9.5, 5.5, 5, 5), ORANGE);
            p.shape(new Ellipse2D.Double(2.5, 10, 5, 5), TEAL);
        });
        ICONS.put("player", p -> {
            p.shape(new Ellipse2D.Double(1.5, 1.5, 13, 13), BLUE);
            p.fill(p.poly(6.5, 4.8, 11.5, 8, 6.5, 11.2), PAPER);
        });
        ICONS.put("getting-started", p -> {
            p.shape(new Ellipse2D.Double(3, 1.5, 10, 10), YELLOW);
            p.shape(new RoundRectangle2D.Double(5.5, 11, 5, 3.5, 1, 1), GREY);
            p.line(8, 4.5, 8, 8.5, INK, 1f);
        });
        // Commands
        ICONS.put("import", p -> {
            p.tray();
            p.arrowDown(8, 1.5, 10.5, GREEN);
        });
        ICONS.put("export", p -> {
            p.tray();
            p.arrowUp(8, 1.5, 10.5, BLUE);
        });
        ICONS.put("new-code", p -> {
            p.tag(0.5, 2.5, 12, 6.5, BLUE);
            p.badge(GREEN, b -> b.plus(12, 12, 1.7));
        });
        ICONS.put("new-transcript", p -> { // a transcript page typed beside a recording: New Transcript for Recording
            p.page(2.5, 1.5, 11, 13);
            p.lines(4.5, 5, 7, 3, LINE);
            p.badge(GREEN, b -> b.plus(12, 12, 1.7));
        });
        ICONS.put("draft-transcript", p -> { // sound turned into lines by a recogniser: Draft Transcript
            p.page(2.5, 1.5, 11, 13);
            p.lines(4.5, 5, 7, 3, LINE);
            p.badge(TEAL, b -> {
                double[] heights = {1.5, 3.4, 2.2, 3.8, 1.6};
                for (int i = 0; i < heights.length; i++) {
                    double x = 10.2 + i * 0.9;
                    b.line(x, 12 - heights[i] / 2, x, 12 + heights[i] / 2, PAPER, 0.6f);
                }
            });
        });
        ICONS.put("quick-code", p -> {
            p.tag(0.5, 2.5, 12, 6.5, BLUE);
            p.badge(ORANGE, b -> b.fill(b.poly(12.6, 9.8, 10.6, 12.4, 12, 12.4, 11.4, 14.2, 13.4, 11.6, 12, 11.6), PAPER));
        });
        ICONS.put("search", p -> {
            p.line(10, 10, 14, 14, INK, 2.2f);
            p.shape(new Ellipse2D.Double(1.5, 1.5, 10, 10), SKY);
            p.fill(new Ellipse2D.Double(3.5, 3.5, 3, 3), PAPER);
        });
        ICONS.put("merge", p -> {
            Path2D left = new Path2D.Double();
            left.moveTo(3, 1.5);
            left.curveTo(3, 7, 8, 6, 8, 10);
            Path2D right = new Path2D.Double();
            right.moveTo(13, 1.5);
            right.curveTo(13, 7, 8, 6, 8, 10);
            p.g.setColor(PURPLE);
            p.g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            p.g.draw(left);
            p.g.draw(right);
            p.shape(p.poly(4.5, 9.5, 11.5, 9.5, 8, 14.5), PURPLE);
        });
        ICONS.put("new-project", p -> {
            p.folder(TAN);
            p.badge(GREEN, b -> b.plus(12, 12, 1.7));
        });
        ICONS.put("open-project", p -> {
            p.shape(p.poly(1.5, 3.5, 6, 3.5, 7.5, 5, 13.5, 5, 13.5, 7, 1.5, 7), TAN);
            p.shape(p.poly(1.5, 13.5, 3.5, 7, 15, 7, 13, 13.5), YELLOW);
        });
        ICONS.put("open-team-project", p -> { // the open folder with a server badge: a project on a database server
            p.shape(p.poly(1.5, 3.5, 6, 3.5, 7.5, 5, 13.5, 5, 13.5, 7, 1.5, 7), TAN);
            p.shape(p.poly(1.5, 13.5, 3.5, 7, 15, 7, 13, 13.5), YELLOW);
            p.badge(TEAL, b -> {
                b.line(10.2, 11, 13.8, 11, PAPER, 1.2f);
                b.line(10.2, 13, 13.8, 13, PAPER, 1.2f);
            });
        });
        ICONS.put("team-members", p -> { // two people with the server badge: the members of a team project
            p.person(5.5, 2.5, SKY);
            p.person(10, 3, PURPLE);
            p.badge(TEAL, b -> {
                b.line(10.2, 11, 13.8, 11, PAPER, 1.2f);
                b.line(10.2, 13, 13.8, 13, PAPER, 1.2f);
            });
        });
        ICONS.put("open-sample", p -> {
            p.folder(TAN);
            p.badge(BLUE, b -> b.fill(new Ellipse2D.Double(11, 11, 2, 2), PAPER));
        });
        ICONS.put("switch-coder", p -> {
            p.person(6, 3, SKY);
            p.person(10, 3.5, PURPLE);
        });
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bundles/org.attune.ui/icons");
        Files.createDirectories(out);
        for (var icon : ICONS.entrySet()) {
            for (int scale : new int[] {1, 2}) {
                BufferedImage image = new BufferedImage(16 * scale, 16 * scale, BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = image.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.scale(scale, scale);
                icon.getValue().accept(new Pen(g, scale));
                g.dispose();
                String name = icon.getKey() + (scale == 1 ? "" : "@2x") + ".png";
                ImageIO.write(image, "png", out.resolve(name).toFile());
            }
        }
        System.out.println(ICONS.size() + " icons (16 and 32 px) in " + out);
    }
}
