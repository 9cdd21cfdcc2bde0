package org.attune.model.codes;

import org.attune.model.Project;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Whether an element is still part of a project. An element deleted (or merged away) by an undoable action is not
 * left without a container: the action's record of changes holds it, so that undo can put it back. Ask this,
 * not {@code eContainer() != null}.
 */
public final class InProject {
    private InProject() {
    }

    /** Whether {@code element} is {@code project} or contained in it, however deeply. */
    public static boolean holds(Project project, EObject element) {
        return project != null && element != null && EcoreUtil.getRootContainer(element) == project;
    }
}
