package org.attune.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.attune.model.RatingScale;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleSubItem;
import org.attune.ratings.RatingException;
import org.attune.ratings.Scales;
import org.attune.ratings.ScaleTemplates;
import org.attune.ratings.ScaleTemplates.Template;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleTemplatesTest {

    @Test
    void vigTemplateHoldsAppendixA(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.create(tmp.resolve("p"))) {
            ScaleTemplates.add(store, Template.VIG);
        }
        try (ProjectStore store = Fixtures.open(tmp.resolve("p"))) {
            RatingScale scale = Scales.latest(store.project(), "VIG Practice Skills Rating Scale");
            assertEquals(1, scale.getVersion());
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"),
                    scale.getItems().stream().map(ScaleItem::getNumber).toList());
            assertEquals(List.of(0, 6, 0, 8, 6, 7, 5, 5, 8, 3, 5, 4, 4),
                    scale.getItems().stream().map(i -> i.getSubItems().size()).toList());
            assertEquals(List.of("1", "2", "3", "10"),
                    scale.getItems().stream().filter(ScaleItem::isNotUsed).map(ScaleItem::getNumber).toList());
            assertEquals(52, Scales.scorableSubItems(scale).size(), "the nine items the study used");
            assertEquals(List.of(0, 1, 2, 3, 4, 5), scale.getLevels().stream().map(ScaleLevel::getValue).toList());
            assertEquals(List.of("Not at all", "To a small extent", "To some extent", "To a moderate extent",
                    "To a great extent", "To a very great extent"), scale.getLevels().stream().map(ScaleLevel::getLabel).toList());
            List<String> notApplicable = scale.getItems().stream().flatMap(i -> i.getSubItems().stream())
                    .filter(Scales::allowsNotApplicable).map(Scales::key).toList();
            assertEquals(List.of("2.4"), notApplicable);
            ScaleSubItem balance = Scales.subItem(scale, "6", "5a");
            assertEquals("These strategies were in balance with one another (i.e. a balance between sharing own ideas, "
                    + "naming and questioning)?", balance.getText());
            ScaleItem power = Scales.item(scale, "9");
            assertEquals("Working with Power", power.getTitle());
            assertEquals(11, power.getKeyFeatures().split("\n").length);
            assertTrue(scale.getDescription().contains("Item 1 (not used): This item is not relevant: clips have not been selected"),
                    scale.getDescription());
        }
    }

    @Test
    void likertTemplateIsOneUndoableActionAndAddedOnce(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.create(tmp.resolve("p"))) {
            RatingScale scale = ScaleTemplates.add(store, Template.LIKERT7);
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), scale.getLevels().stream().map(ScaleLevel::getValue).toList());
            assertEquals("Strongly agree", scale.getLevels().get(6).getLabel());
            RatingException again = assertThrows(RatingException.class, () -> ScaleTemplates.add(store, Template.LIKERT7));
            assertTrue(again.getMessage().contains("already has the scale \"Likert 1-7\""), again.getMessage());
            store.undo();
            assertTrue(store.project().getRatingScales().isEmpty());
            assertThrows(RatingException.class, () -> Template.named("SDQ"));
        }
    }
}
