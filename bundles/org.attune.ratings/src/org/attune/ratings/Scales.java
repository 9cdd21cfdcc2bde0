package org.attune.ratings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.attune.model.Project;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleSubItem;

/** Finding scales, their versions and sub-items; a sub-item's key is "item.sub", e.g. "6.5a". */
public final class Scales {
    private Scales() {
    }

    /** Every version of the scale called {@code name}, oldest first. */
    public static List<RatingScale> versions(Project project, String name) {
        return project.getRatingScales().stream().filter(s -> name.equals(s.getName()))
                .sorted(Comparator.comparingInt(RatingScale::getVersion)).toList();
    }

    /** The newest version of the scale called (or with the id) {@code nameOrId}. */
    public static RatingScale latest(Project project, String nameOrId) {
        return find(project, nameOrId, null);
    }

    /** The scale called (or with the id) {@code nameOrId}, in {@code version} or the newest. */
    public static RatingScale find(Project project, String nameOrId, Integer version) {
        for (RatingScale scale : project.getRatingScales()) {
            if (scale.getId() != null && scale.getId().equals(nameOrId)) {
                return scale;
            }
        }
        List<RatingScale> versions = versions(project, nameOrId);
        if (versions.isEmpty()) {
            throw new RatingException("no rating scale \"" + nameOrId + "\" in the project (it has: "
                    + (project.getRatingScales().isEmpty() ? "none" : project.getRatingScales().stream()
                            .map(RatingScale::getName).distinct().collect(Collectors.joining(", "))) + ")");
        }
        if (version == null) {
            return versions.getLast();
        }
        return versions.stream().filter(s -> s.getVersion() == version).findFirst().orElseThrow(() -> new RatingException(
                "the scale \"" + nameOrId + "\" has no version " + version + " (versions 1 to " + versions.getLast().getVersion() + ")"));
    }

    public static String key(ScaleSubItem sub) {
        return item(sub).getNumber() + "." + sub.getNumber();
    }

    public static ScaleItem item(ScaleSubItem sub) {
        return (ScaleItem) sub.eContainer();
    }

    public static RatingScale scale(ScaleSubItem sub) {
        return (RatingScale) item(sub).eContainer();
    }

    /** A sub-item is scored unless its item is marked not used in this study. */
    public static boolean isScorable(ScaleSubItem sub) {
        return !item(sub).isNotUsed();
    }

    public static List<ScaleSubItem> scorableSubItems(RatingScale scale) {
        List<ScaleSubItem> subs = new ArrayList<>();
        for (ScaleItem item : scale.getItems()) {
            if (!item.isNotUsed()) {
                subs.addAll(item.getSubItems());
            }
        }
        return subs;
    }

    public static boolean allowsNotApplicable(ScaleSubItem sub) {
        return sub.isAllowNotApplicable() || scale(sub).isAllowNotApplicable();
    }

    public static ScaleItem item(RatingScale scale, String number) {
        return scale.getItems().stream().filter(i -> Objects.equals(number, i.getNumber())).findFirst()
                .orElseThrow(() -> new RatingException("the scale \"" + scale.getName() + "\" (version " + scale.getVersion()
                        + ") has no item " + number));
    }

    public static ScaleSubItem subItem(RatingScale scale, String itemNumber, String subNumber) {
        ScaleItem item = item(scale, itemNumber);
        return item.getSubItems().stream().filter(s -> Objects.equals(subNumber, s.getNumber())).findFirst()
                .orElseThrow(() -> new RatingException("item " + itemNumber + " of the scale \"" + scale.getName()
                        + "\" has no sub-item " + subNumber + " (it has: " + item.getSubItems().stream()
                                .map(ScaleSubItem::getNumber).collect(Collectors.joining(", ")) + ")"));
    }

    public static ScaleLevel level(RatingScale scale, int value) {
        return scale.getLevels().stream().filter(l -> l.getValue() == value).findFirst().orElse(null);
    }

    /** Whether any sheet records scores on this very version. */
    public static boolean isInUse(Project project, RatingScale scale) {
        return project.getRatingSheets().stream().anyMatch(s -> s.getScale() == scale);
    }

    /** The sheets of every version of the scale called {@code name}. */
    public static List<RatingSheet> sheets(Project project, String name) {
        return project.getRatingSheets().stream().filter(s -> s.getScale() != null && name.equals(s.getScale().getName()))
                .toList();
    }
}
