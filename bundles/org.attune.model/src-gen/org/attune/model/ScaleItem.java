/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scale Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item of a scale with its key features; it may be marked as not used in this study.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.ScaleItem#getNumber <em>Number</em>}</li>
 *   <li>{@link org.attune.model.ScaleItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.attune.model.ScaleItem#getKeyFeatures <em>Key Features</em>}</li>
 *   <li>{@link org.attune.model.ScaleItem#isNotUsed <em>Not Used</em>}</li>
 *   <li>{@link org.attune.model.ScaleItem#getSubItems <em>Sub Items</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getScaleItem()
 * @model
 * @generated
 */
public interface ScaleItem extends Element {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.attune.model.AttunePackage#getScaleItem_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.attune.model.ScaleItem#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.attune.model.AttunePackage#getScaleItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.attune.model.ScaleItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Key Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Features</em>' attribute.
	 * @see #setKeyFeatures(String)
	 * @see org.attune.model.AttunePackage#getScaleItem_KeyFeatures()
	 * @model
	 * @generated
	 */
	String getKeyFeatures();

	/**
	 * Sets the value of the '{@link org.attune.model.ScaleItem#getKeyFeatures <em>Key Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Features</em>' attribute.
	 * @see #getKeyFeatures()
	 * @generated
	 */
	void setKeyFeatures(String value);

	/**
	 * Returns the value of the '<em><b>Not Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Used</em>' attribute.
	 * @see #setNotUsed(boolean)
	 * @see org.attune.model.AttunePackage#getScaleItem_NotUsed()
	 * @model
	 * @generated
	 */
	boolean isNotUsed();

	/**
	 * Sets the value of the '{@link org.attune.model.ScaleItem#isNotUsed <em>Not Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Used</em>' attribute.
	 * @see #isNotUsed()
	 * @generated
	 */
	void setNotUsed(boolean value);

	/**
	 * Returns the value of the '<em><b>Sub Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.ScaleSubItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Items</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getScaleItem_SubItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScaleSubItem> getSubItems();

} // ScaleItem
