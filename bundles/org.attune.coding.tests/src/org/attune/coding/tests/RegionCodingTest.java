package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.attune.coding.CodeCounts;
import org.attune.coding.Codebook;
import org.attune.coding.CodedSegments;
import org.attune.coding.Coder;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.ImageSource;
import org.attune.model.RegionSelection;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coding rectangles of an imported picture: stored, counted, listed, undone, and kept after reopening. */
class RegionCodingTest {
    private static final OpenOptions OPEN = OpenOptions.of("region test").withBackups(false);

    static Path png(Path folder, String name, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(width / 2, height / 2, 0xff8800);
        Path file = Files.createDirectories(folder).resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void aRectangleOfAPictureIsCodedCountedListedAndUndone(@TempDir Path tmp) throws Exception {
        Path file = png(tmp.resolve("in"), "sand tableau.png", 200, 120);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Pictures", OPEN)) {
            new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE);
            ImageSource picture = (ImageSource) store.project().getSources().get(0);
            assertEquals(200, picture.getWidth());
            Coder coder = new Coder(store);
            Coding house = coder.codeRegionWithName(picture, 10, 20, 50, 40, "Safe place");
            assertEquals(1L, store.summary().codes(), "the code was made with the coding");
            RegionSelection region = (RegionSelection) house.getSelection();
            assertEquals(List.of(10, 20, 50, 40), List.of(region.getX(), region.getY(), region.getWidth(), region.getHeight()));
            Code safe = house.getCode();
            assertSame(house, coder.codeRegion(picture, 10, 20, 50, 40, safe), "one rectangle is not coded twice with one code");
            coder.codeRegion(picture, 100, 0, 100, 120, safe);
            assertEquals(new CodeCounts.Count(2, 1), CodeCounts.of(store).of(safe));
            List<CodedSegments.Segment> segments = CodedSegments.of(store, List.of(safe), false, CodedSegments.Filter.NONE);
            assertEquals(List.of("region 10,20 50×40 px", "region 100,0 100×120 px"), segments.stream().map(s -> s.text()).toList());

            IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                    () -> coder.codeRegion(picture, 150, 0, 51, 10, safe));
            assertTrue(outside.getMessage().contains("\"sand tableau\" (200×120 pixels)"), outside.getMessage());
            assertThrows(IllegalArgumentException.class, () -> coder.codeRegionWithName(picture, 0, 0, 0, 10, "Empty"));
            assertEquals(1L, store.summary().codes(), "a refused region makes no code");

            store.undo();
            assertEquals(1, picture.getCodings().size(), "undo takes back the second rectangle");
            store.undo();
            assertEquals(0, picture.getCodings().size());
            assertTrue(new Codebook(store).find("Safe place").isEmpty(), "one undo takes back the coding and its new code");
            store.redo();
            assertEquals(1, picture.getCodings().size());
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("p"), OPEN)) {
            ImageSource picture = (ImageSource) store.project().getSources().get(0);
            store.load(picture);
            assertEquals(1, picture.getCodings().size(), "the redone region coding was committed");
            assertEquals("Safe place", picture.getCodings().get(0).getCode().getName());
            assertEquals(50, ((RegionSelection) picture.getCodings().get(0).getSelection()).getWidth());
        }
    }
}
