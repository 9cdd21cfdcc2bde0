/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Selection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A part of a source.
 * <!-- end-model-doc -->
 *
 *
 * @see org.attune.model.AttunePackage#getSelection()
 * @model abstract="true"
 * @generated
 */
public interface Selection extends EObject {
} // Selection
