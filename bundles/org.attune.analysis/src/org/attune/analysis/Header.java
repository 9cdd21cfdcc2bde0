package org.attune.analysis;

import org.eclipse.emf.ecore.EObject;

/**
 * A row or column of a matrix: its label, the model element behind it (a Code, Case or Source; null for an
 * attribute value or "(no case)"), and its depth in the code tree (0 for everything else).
 *
 * @param path the label with its parent codes ("Parent / Child"), unique enough for exports
 */
public record Header(String label, String path, EObject element, int depth) {
    public static Header of(String label, EObject element) {
        return new Header(label, label, element, 0);
    }
}
