/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source Folder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A folder (group) of sources; folders nest.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.SourceFolder#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.SourceFolder#getChildren <em>Children</em>}</li>
 *   <li>{@link org.attune.model.SourceFolder#getParent <em>Parent</em>}</li>
 *   <li>{@link org.attune.model.SourceFolder#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getSourceFolder()
 * @model
 * @generated
 */
public interface SourceFolder extends Element {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attune.model.AttunePackage#getSourceFolder_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attune.model.SourceFolder#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.SourceFolder}.
	 * It is bidirectional and its opposite is '{@link org.attune.model.SourceFolder#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getSourceFolder_Children()
	 * @see org.attune.model.SourceFolder#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<SourceFolder> getChildren();

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.attune.model.SourceFolder#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see #setParent(SourceFolder)
	 * @see org.attune.model.AttunePackage#getSourceFolder_Parent()
	 * @see org.attune.model.SourceFolder#getChildren
	 * @model opposite="children" transient="false"
	 * @generated
	 */
	SourceFolder getParent();

	/**
	 * Sets the value of the '{@link org.attune.model.SourceFolder#getParent <em>Parent</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' container reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(SourceFolder value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' reference list.
	 * The list contents are of type {@link org.attune.model.Source}.
	 * It is bidirectional and its opposite is '{@link org.attune.model.Source#getFolder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' reference list.
	 * @see org.attune.model.AttunePackage#getSourceFolder_Sources()
	 * @see org.attune.model.Source#getFolder
	 * @model opposite="folder"
	 * @generated
	 */
	EList<Source> getSources();

} // SourceFolder
