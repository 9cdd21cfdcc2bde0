package org.attune.model.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.attune.model.Case;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;

/** Who speaks where in a transcript: the turn at a place, and the cases a stretch starting in a turn belongs to. */
public final class Speakers {
    private Speakers() {
    }

    /** The first turn holding code point {@code offset}, or null. */
    public static SpeakerTurn turnAt(TextSource source, int offset) {
        return source.getTurns().stream().filter(t -> t.getStart() <= offset && offset < t.getEnd()).findFirst().orElse(null);
    }

    /**
     * The cases a stretch in {@code turn} belongs to: the turn's case; for a turn without one (or no turn), the
     * source's cases that no turn of the source is linked to (a case linked to some turns speaks only in those).
     */
    public static List<Case> casesOf(TextSource source, SpeakerTurn turn) {
        if (turn != null && turn.getCase() != null) {
            return List.of(turn.getCase());
        }
        Set<Case> speaking = new HashSet<>();
        source.getTurns().forEach(t -> speaking.add(t.getCase()));
        return source.getCases().stream().filter(c -> !speaking.contains(c)).toList();
    }
}
