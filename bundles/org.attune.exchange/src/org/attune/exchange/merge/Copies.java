package org.attune.exchange.merge;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.attune.model.Element;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * New elements for this project made from the other copy's: the same type and attribute values (ids, dates, names,
 * texts), no references (the merge points them into this project). An id this project uses already is replaced.
 */
final class Copies {
    private final Set<String> taken;

    /** @param taken every id this project uses; the ids given out are added */
    Copies(Set<String> taken) {
        this.taken = taken;
    }

    @SuppressWarnings("unchecked")
    <T extends EObject> T of(T theirs) {
        T copy = (T) EcoreUtil.create(theirs.eClass());
        for (EAttribute a : theirs.eClass().getEAllAttributes()) {
            if (a.isDerived() || !a.isChangeable() || !theirs.eIsSet(a)) {
                continue;
            }
            if (a.isMany()) {
                ((List<Object>) copy.eGet(a)).addAll((List<Object>) theirs.eGet(a));
            } else {
                copy.eSet(a, theirs.eGet(a));
            }
        }
        if (copy instanceof Element e) {
            if (e.getId() == null || !taken.add(e.getId())) {
                e.setId(UUID.randomUUID().toString());
                taken.add(e.getId());
            }
        }
        return copy;
    }
}
