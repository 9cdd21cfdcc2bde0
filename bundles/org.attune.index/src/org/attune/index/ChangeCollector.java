package org.attune.index;

import java.util.HashSet;
import java.util.Set;

import org.attune.model.AttributeDefinition;
import org.attune.model.AttributeValue;
import org.attune.model.AttunePackage;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodeChange;
import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.model.SourceFolder;
import org.attune.store.ModelChanges;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;

/**
 * Notes which parts of the project changed since the index last followed it. It hears every change in memory,
 * including a transcript's turns and codings being read from the store; the index compares fingerprints before
 * re-indexing, so such reads cost a comparison, not a re-index.
 */
final class ChangeCollector extends ModelChanges {
    /** What changed: transcripts by id, and whether codes, memos, cases or folders changed at all. */
    record Changes(Set<String> sources, boolean codes, boolean memos, boolean cases, boolean folders) {
    }

    private Set<String> sources = new HashSet<>();
    private boolean codes;
    private boolean memos;
    private boolean cases;
    private boolean folders;

    @Override
    protected void changed(EObject changed, Notification n) {
        synchronized (this) {
            if (changed instanceof org.attune.model.Project) {
                Object feature = n.getFeature();
                codes |= feature == AttunePackage.Literals.PROJECT__CODES;
                memos |= feature == AttunePackage.Literals.PROJECT__MEMOS;
                cases |= feature == AttunePackage.Literals.PROJECT__CASES || feature == AttunePackage.Literals.PROJECT__ATTRIBUTE_DEFINITIONS;
                folders |= feature == AttunePackage.Literals.PROJECT__SOURCE_FOLDERS;
                return;
            }
            for (EObject o = changed; o != null; o = o.eContainer()) {
                switch (o) {
                    case Source s -> sources.add(s.getId());
                    case Code c -> codes = true;
                    case CodeChange c -> codes = true;
                    case Memo m -> memos = true;
                    case Case c -> cases = true;
                    case AttributeValue v -> cases = true;
                    case AttributeDefinition d -> cases = true;
                    case SourceFolder f -> folders = true;
                    default -> {
                        continue;
                    }
                }
                return;
            }
        }
    }

    /** What changed since the last call. */
    synchronized Changes drain() {
        Changes changes = new Changes(sources, codes, memos, cases, folders);
        sources = new HashSet<>();
        codes = memos = cases = folders = false;
        return changes;
    }
}
