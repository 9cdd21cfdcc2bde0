/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memo</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A researcher's note, free or about codes, sources, codings or cases; createdBy is its author.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.Memo#getTitle <em>Title</em>}</li>
 *   <li>{@link org.attune.model.Memo#getText <em>Text</em>}</li>
 *   <li>{@link org.attune.model.Memo#getKind <em>Kind</em>}</li>
 *   <li>{@link org.attune.model.Memo#getAbout <em>About</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getMemo()
 * @model
 * @generated
 */
public interface Memo extends Element {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.attune.model.AttunePackage#getMemo_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.attune.model.Memo#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.attune.model.AttunePackage#getMemo_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.attune.model.Memo#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attune.model.MemoKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.attune.model.MemoKind
	 * @see #setKind(MemoKind)
	 * @see org.attune.model.AttunePackage#getMemo_Kind()
	 * @model
	 * @generated
	 */
	MemoKind getKind();

	/**
	 * Sets the value of the '{@link org.attune.model.Memo#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.attune.model.MemoKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MemoKind value);

	/**
	 * Returns the value of the '<em><b>About</b></em>' reference list.
	 * The list contents are of type {@link org.attune.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>About</em>' reference list.
	 * @see org.attune.model.AttunePackage#getMemo_About()
	 * @model
	 * @generated
	 */
	EList<Element> getAbout();

} // Memo
