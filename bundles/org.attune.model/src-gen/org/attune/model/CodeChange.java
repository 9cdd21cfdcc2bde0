/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What happened to a code: renamed, merged, split, moved, redefined.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.CodeChange#getKind <em>Kind</em>}</li>
 *   <li>{@link org.attune.model.CodeChange#getDescription <em>Description</em>}</li>
 *   <li>{@link org.attune.model.CodeChange#getRelatedCodeIds <em>Related Code Ids</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getCodeChange()
 * @model
 * @generated
 */
public interface CodeChange extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attune.model.CodeChangeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.attune.model.CodeChangeKind
	 * @see #setKind(CodeChangeKind)
	 * @see org.attune.model.AttunePackage#getCodeChange_Kind()
	 * @model
	 * @generated
	 */
	CodeChangeKind getKind();

	/**
	 * Sets the value of the '{@link org.attune.model.CodeChange#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.attune.model.CodeChangeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CodeChangeKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.attune.model.AttunePackage#getCodeChange_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.attune.model.CodeChange#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Related Code Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Related Code Ids</em>' attribute list.
	 * @see org.attune.model.AttunePackage#getCodeChange_RelatedCodeIds()
	 * @model
	 * @generated
	 */
	EList<String> getRelatedCodeIds();

} // CodeChange
