package org.attune.exchange.merge;

import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.ElementLink;
import org.attune.model.ElementSet;
import org.attune.model.Memo;
import org.attune.model.Selection;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TimeSelection;
import org.attune.model.User;
import org.eclipse.emf.ecore.EObject;

/** How the merge report names an element of either copy. */
final class MergeNames {
    private MergeNames() {
    }

    static String of(EObject e) {
        if (e == null) {
            return "(nothing)";
        }
        return switch (e) {
            case Code c -> c.path();
            case Source s -> s.getName();
            case Case c -> c.getName();
            case User u -> u.getName();
            case Memo m -> m.getTitle();
            case ElementSet s -> s.getName();
            case ElementLink l -> (l.getName() == null ? "" : l.getName() + ": ") + of(l.getOrigin()) + " – " + of(l.getTarget());
            case Coding c -> of(c.getCode()) + " on " + of(c.getSource()) + " " + where(c.getSelection())
                    + (c.getCreatedBy() == null ? "" : " by " + c.getCreatedBy().getName());
            default -> e.eClass().getName();
        };
    }

    static String where(Selection s) {
        return switch (s) {
            case TextSelection t -> "at " + t.getStart() + "–" + t.getEnd();
            case TimeSelection t -> "at " + t.getStartMs() + "–" + t.getEndMs() + " ms";
            case null -> "";
            default -> "(" + s.eClass().getName() + ")";
        };
    }
}
