package org.attune.cli.internal;

import org.attune.model.RegionSelection;

/** A rectangle of a picture given as {@code X,Y,W,H} in pixels: left, top, width, height. */
record PictureRegion(int x, int y, int width, int height) {
    static PictureRegion of(RegionSelection region) {
        return new PictureRegion(region.getX(), region.getY(), region.getWidth(), region.getHeight());
    }

    /** Whether this rectangle and a coded one share at least one pixel. */
    boolean overlaps(RegionSelection r) {
        return x < r.getX() + r.getWidth() && r.getX() < x + width && y < r.getY() + r.getHeight() && r.getY() < y + height;
    }

    static PictureRegion parse(OpenProject project, String text) {
        String[] parts = text.strip().split("\\s*,\\s*");
        if (parts.length == 4) {
            try {
                return new PictureRegion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                        Integer.parseInt(parts[3]));
            } catch (NumberFormatException notANumber) {
                // refused below, with the same message
            }
        }
        throw project.failure("--region \"" + text + "\" is not X,Y,W,H (four whole numbers of pixels, e.g. 10,20,300,200)");
    }

    /** As --region takes it: X,Y,W,H. */
    String option() {
        return x + "," + y + "," + width + "," + height;
    }

    @Override
    public String toString() {
        return x + "," + y + " " + width + "×" + height + " px";
    }
}
