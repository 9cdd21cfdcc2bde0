package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import org.attune.coding.Coder;
import org.attune.coding.Elements;
import org.attune.coding.Links;
import org.attune.coding.Memos;
import org.attune.coding.RegionCrops;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.model.AttuneFactory;
import org.attune.model.AudioSource;
import org.attune.model.Coding;
import org.attune.model.ElementLink;
import org.attune.model.ImageSource;
import org.attune.model.Memo;
import org.attune.model.MemoKind;
import org.attune.model.RegionSelection;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thumbnails of coded regions, memos on regions and links between a picture and a recording with its transcript. */
class PictureLinksTest {
    private static final OpenOptions OPEN = OpenOptions.of("picture links test").withBackups(false);

    /** A blue picture with a red square at (100, 50), 100 px wide. */
    static Path tableau(Path folder, String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(100, 50, 100, 100);
        g.dispose();
        Path file = Files.createDirectories(folder).resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static ImageSource importPicture(ProjectStore store, Path file) throws IOException {
        new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE);
        return (ImageSource) store.project().getSources().stream().filter(ImageSource.class::isInstance).findFirst().orElseThrow();
    }

    /** The tableau (400×300 px) imported into {@code store}, its red square (100,50 100×100) coded "Castle". */
    private static Coding castle(ProjectStore store, Path tmp) throws IOException {
        ImageSource picture = importPicture(store, tableau(tmp.resolve("in"), "tableau.png", 400, 300));
        return new Coder(store).codeRegionWithName(picture, 100, 50, 100, 100, "Castle");
    }

    @Test
    void aRegionsThumbnailIsItsCropScaledToFitAndKept(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Thumbnails", OPEN)) {
            Coding red = castle(store, tmp);
            ImageSource picture = (ImageSource) red.getSource();
            byte[] png = RegionCrops.thumbnail(store, picture, (RegionSelection) red.getSelection(), 48);
            BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(List.of(48, 48), List.of(thumb.getWidth(), thumb.getHeight()));
            for (int[] at : new int[][] {{0, 0}, {47, 47}, {24, 24}}) {
                assertEquals(0xff0000, thumb.getRGB(at[0], at[1]) & 0xffffff, "the crop holds the red square only, at " + at[0] + "," + at[1]);
            }
            assertTrue(png == RegionCrops.thumbnail(store, picture, (RegionSelection) red.getSelection(), 48), "made once, then kept");

            BufferedImage whole = RegionCrops.crop(RegionCrops.file(store, picture), 0, 0, 400, 300, 40);
            assertEquals(List.of(40, 30), List.of(whole.getWidth(), whole.getHeight()), "a wide region keeps its shape");
            assertEquals(0x0000ff, whole.getRGB(2, 2) & 0xffffff);
            assertEquals(0xff0000, whole.getRGB(15, 10) & 0xffffff);
            BufferedImage cut = RegionCrops.crop(RegionCrops.file(store, picture), 350, 250, 100, 100, 100);
            assertEquals(List.of(50, 50), List.of(cut.getWidth(), cut.getHeight()), "cut to the picture, never enlarged");
        }
    }

    @Test
    void aLargePhotoIsSubsampledAndAnUnreadableFileIsSaidPlainly(@TempDir Path tmp) throws Exception {
        Path big = tableau(tmp, "big.png", 4000, 3000);
        BufferedImage thumb = RegionCrops.crop(big, 0, 0, 4000, 3000, 48);
        assertEquals(List.of(48, 36), List.of(thumb.getWidth(), thumb.getHeight()));

        Path garbage = Files.writeString(tmp.resolve("not a picture.png"), "this is no PNG");
        IOException refused = assertThrows(IOException.class, () -> RegionCrops.png(garbage, 0, 0, 10, 10, 48));
        assertTrue(refused.getMessage().startsWith(garbage + ": not a picture"), refused.getMessage());
        byte[] whole = Files.readAllBytes(tableau(tmp, "whole.png", 400, 300));
        Path truncated = Files.write(tmp.resolve("truncated.png"), java.util.Arrays.copyOf(whole, whole.length / 3));
        IOException damaged = assertThrows(IOException.class, () -> RegionCrops.png(truncated, 0, 0, 400, 300, 48));
        assertTrue(damaged.getMessage().startsWith(truncated + ": "), damaged.getMessage());
        IOException missing = assertThrows(IOException.class, () -> RegionCrops.png(tmp.resolve("gone.png"), 0, 0, 1, 1, 48));
        assertTrue(missing.getMessage().endsWith("gone.png: the picture file is missing"), missing.getMessage());
        assertThrows(IOException.class, () -> RegionCrops.crop(big, 5000, 0, 10, 10, 48), "a region outside the picture");
    }

    @Test
    void aMemoOnARegionIsAboutItsCodingUndoneAndKept(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Memos", OPEN)) {
            Coding castle = castle(store, tmp);
            Memo memo = new Memos(store).create("The castle", "She built it first.", List.of(castle));
            assertEquals(MemoKind.CODING, memo.getKind());
            assertEquals("Castle on tableau (region 100,50 100×100 px)", Elements.nameOf(castle));
            assertEquals(List.of(memo), new Memos(store).about(castle));
            store.undo();
            assertTrue(new Memos(store).about(castle).isEmpty(), "undo takes the memo back");
            store.redo();
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("p"), OPEN)) {
            ImageSource picture = (ImageSource) store.project().getSources().get(0);
            store.load(picture);
            Coding castle = picture.getCodings().get(0);
            assertEquals(List.of("She built it first."), new Memos(store).about(castle).stream().map(Memo::getText).toList());
        }
    }

    /** Random links, unlinks, deletions, undos and redos against a set of linked pairs; reopened at the end. */
    @Test
    void linksFollowASimpleModelThroughUndoAndRedo(@TempDir Path tmp) throws Exception {
        Random random = new Random(18);
        List<Set<List<String>>> after = new ArrayList<>(); // the model after each action, for undo
        int at;
        Set<List<String>> model;
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Links", OPEN)) {
            List<Source> sources = new ArrayList<>();
            store.apply("sources", () -> {
                for (String name : List.of("A", "B", "C", "D")) {
                    TextSource s = AttuneFactory.eINSTANCE.createTextSource();
                    s.setName(name);
                    store.project().getSources().add(s);
                    sources.add(s);
                }
            });
            Links links = new Links(store);
            after.add(new HashSet<>());
            at = 0;
            for (int step = 0; step < 300; step++) {
                Source one = sources.get(random.nextInt(4));
                Source other = sources.get(random.nextInt(4));
                Set<List<String>> next = new HashSet<>(after.get(at));
                int action = random.nextInt(10);
                if (action < 4) {
                    if (one == other) {
                        assertThrows(IllegalArgumentException.class, () -> links.link(one, other, null));
                        continue;
                    }
                    boolean had = next.contains(pair(one, other));
                    links.link(one, other, null);
                    if (had) {
                        continue; // kept, not doubled: no action
                    }
                    next.add(pair(one, other));
                } else if (action < 6) {
                    List<ElementLink> between = links.between(one, other);
                    if (between.isEmpty()) {
                        continue;
                    }
                    links.unlink(between);
                    next.remove(pair(one, other));
                } else if (action < 8 && at > 0) {
                    store.undo();
                    at--;
                    check(links, sources, after.get(at));
                    continue;
                } else if (at < after.size() - 1) {
                    store.redo();
                    at++;
                    check(links, sources, after.get(at));
                    continue;
                } else {
                    continue;
                }
                after.subList(at + 1, after.size()).clear(); // a new action ends the redo history
                after.add(next);
                at++;
                check(links, sources, next);
            }
            model = after.get(at);
            assertTrue(store.project().getLinks().size() > 0, "the sequence left links to reopen");
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("p"), OPEN)) {
            check(new Links(store), store.project().getSources(), model);
            Source a = store.project().getSources().get(0);
            int before = store.project().getLinks().size();
            int ofA = new Links(store).of(a).size();
            new Elements(store).delete(List.of(a));
            assertEquals(before - ofA, store.project().getLinks().size(), "a deleted source's links go with it");
            store.undo();
            check(new Links(store), store.project().getSources(), model);
        }
    }

    private static List<String> pair(Source one, Source other) {
        return one.getName().compareTo(other.getName()) < 0 ? List.of(one.getName(), other.getName()) : List.of(other.getName(), one.getName());
    }

    private static void check(Links links, List<Source> sources, Set<List<String>> model) {
        for (Source s : sources) {
            Set<String> expected = new HashSet<>();
            model.stream().filter(p -> p.contains(s.getName())).forEach(p -> expected.add(p.get(0).equals(s.getName()) ? p.get(1) : p.get(0)));
            Set<String> actual = new HashSet<>();
            links.linked(s).forEach(e -> actual.add(Elements.nameOf(e)));
            assertEquals(expected, actual, "linked to " + s.getName());
            assertEquals(expected.size(), links.of(s).size(), "no link of " + s.getName() + " is doubled");
        }
    }

    @Test
    void aPictureLinkedToARecordingIsLinkedToItsTranscriptToo(@TempDir Path tmp) throws Exception {
        Path file = tableau(tmp.resolve("in"), "tableau.png", 400, 300);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Family", OPEN)) {
            ImageSource picture = importPicture(store, file);
            AudioSource recording = AttuneFactory.eINSTANCE.createAudioSource();
            recording.setName("Child describes the tableau");
            TextSource transcript = AttuneFactory.eINSTANCE.createTextSource();
            transcript.setName("Child describes the tableau");
            transcript.setMedia(recording);
            store.apply("recording", () -> store.project().getSources().addAll(List.of(recording, transcript)));
            Links links = new Links(store);
            links.link(picture, recording, "describes");
            assertEquals(List.of(recording), links.linkedSources(picture));
            assertEquals(List.of(picture), links.linkedSources(transcript), "the transcript's recording is linked");
            assertEquals(List.of(picture), links.linkedSources(recording));
            assertEquals("describes", links.of(transcript.getMedia()).get(0).getName());
        }
    }
}
