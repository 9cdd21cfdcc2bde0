package org.attune.store.pg;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Several notices of others' actions that arrived together, made one: a client that reads each of them apart falls
 * further behind the busier the team is (ten coders committing 80 actions a second gave each client 80 readings a
 * second); read together, the rows of all of them are read once, as they are now. The rows of the notices are joined:
 * a row created or changed by one and deleted by a later one is only deleted; a row only moved in its list by one and
 * changed by another is changed.
 */
final class NoticeBatch {
    private static final String[] KINDS = { "created", "changed", "deleted", "texts", "containers", "moved" };

    private NoticeBatch() {
    }

    /** The notice that asks every row to be read again (after the server was away, or when too many wait). */
    static JsonObject everything() {
        JsonObject everything = new JsonObject();
        everything.addProperty("all", true);
        return everything;
    }

    /** The notices as one ({@code {"all": true}} when one of them asks every row to be read again). */
    static JsonObject join(List<JsonObject> notices) {
        if (notices.size() == 1) {
            return notices.get(0);
        }
        if (notices.stream().anyMatch(n -> n.has("all"))) {
            return everything();
        }
        JsonObject joined = new JsonObject();
        joined.addProperty("client", "several");
        java.util.Map<String, Set<Long>> rows = new java.util.HashMap<>();
        for (String kind : KINDS) {
            rows.put(kind, new LinkedHashSet<>());
        }
        Set<Long> rewritten = new LinkedHashSet<>();
        for (JsonObject notice : notices) {
            for (String kind : KINDS) {
                if (notice.has(kind)) {
                    notice.getAsJsonArray(kind).forEach(e -> rows.get(kind).add(e.getAsLong()));
                }
            }
            Set<Long> moved = new LinkedHashSet<>();
            if (notice.has("moved")) {
                notice.getAsJsonArray("moved").forEach(e -> moved.add(e.getAsLong()));
            }
            if (notice.has("changed")) {
                notice.getAsJsonArray("changed").forEach(e -> {
                    if (!moved.contains(e.getAsLong())) {
                        rewritten.add(e.getAsLong());
                    }
                });
            }
        }
        Set<Long> deleted = rows.get("deleted");
        rows.get("created").removeAll(deleted);
        rows.get("changed").removeAll(deleted);
        rows.get("texts").removeAll(deleted);
        rows.get("moved").removeAll(rewritten);
        rows.get("moved").removeAll(deleted);
        for (String kind : KINDS) {
            JsonArray array = new JsonArray();
            rows.get(kind).forEach(array::add);
            joined.add(kind, array);
        }
        return joined;
    }
}
