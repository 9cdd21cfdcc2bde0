package org.attune.ratings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.attune.model.AttuneFactory;
import org.attune.model.RatingScale;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleSubItem;
import org.attune.store.ProjectStore;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The built-in scales, kept as JSON in the bundle's {@code templates/} folder: the VIG Practice Skills Rating
 * Scale (Appendix A of the VIG staff-training study) and a generic 1-7 Likert scale.
 */
public final class ScaleTemplates {
    public enum Template {
        VIG("vig-practice-skills.json"), LIKERT7("likert-7.json");

        private final String file;

        Template(String file) {
            this.file = file;
        }

        public static Template named(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RatingException("no template \"" + name + "\" (there are VIG and LIKERT7)");
            }
        }
    }

    private ScaleTemplates() {
    }

    /** Adds the template as version 1 of a new scale, in one undoable action; refuses a name already used. */
    public static RatingScale add(ProjectStore store, Template template) {
        RatingScale scale = read(template);
        if (!Scales.versions(store.project(), scale.getName()).isEmpty()) {
            throw new RatingException("the project already has the scale \"" + scale.getName() + "\"");
        }
        store.apply("add rating scale " + scale.getName(), () -> store.project().getRatingScales().add(scale));
        return scale;
    }

    /** The template as a scale not yet in any project. */
    public static RatingScale read(Template template) {
        String path = "/templates/" + template.file;
        try (InputStream in = ScaleTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new RatingException("the template " + path + " is missing from the bundle");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return toScale(JsonParser.parseReader(reader).getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RatingException r) {
                throw r;
            }
            throw new RatingException("the template " + path + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static RatingScale toScale(JsonObject json) {
        AttuneFactory f = AttuneFactory.eINSTANCE;
        RatingScale scale = f.createRatingScale();
        scale.setName(json.get("name").getAsString());
        scale.setVersion(1);
        scale.setDescription(json.get("description").getAsString());
        scale.setAllowNotApplicable(flag(json, "allowNotApplicable"));
        for (JsonElement l : json.getAsJsonArray("levels")) {
            ScaleLevel level = f.createScaleLevel();
            level.setValue(l.getAsJsonObject().get("value").getAsInt());
            level.setLabel(l.getAsJsonObject().get("label").getAsString());
            scale.getLevels().add(level);
        }
        for (JsonElement i : json.getAsJsonArray("items")) {
            JsonObject itemJson = i.getAsJsonObject();
            ScaleItem item = f.createScaleItem();
            item.setNumber(itemJson.get("number").getAsString());
            item.setTitle(itemJson.get("title").getAsString());
            item.setNotUsed(flag(itemJson, "notUsed"));
            if (itemJson.has("notUsedBecause")) { // the model has no field for it: keep it with the scale
                scale.setDescription(scale.getDescription() + "\n\nItem " + item.getNumber() + " (not used): "
                        + itemJson.get("notUsedBecause").getAsString());
            }
            StringBuilder features = new StringBuilder();
            for (JsonElement feature : itemJson.getAsJsonArray("keyFeatures")) {
                features.append(features.isEmpty() ? "" : "\n").append(feature.getAsString());
            }
            item.setKeyFeatures(features.toString());
            for (JsonElement s : itemJson.getAsJsonArray("subItems")) {
                ScaleSubItem sub = f.createScaleSubItem();
                sub.setNumber(s.getAsJsonObject().get("number").getAsString());
                sub.setText(s.getAsJsonObject().get("text").getAsString());
                sub.setAllowNotApplicable(flag(s.getAsJsonObject(), "allowNotApplicable"));
                item.getSubItems().add(sub);
            }
            scale.getItems().add(item);
        }
        return scale;
    }

    private static boolean flag(JsonObject json, String name) {
        return json.has(name) && json.get(name).getAsBoolean();
    }
}
