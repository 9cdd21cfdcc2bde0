/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scale Sub Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A scored sub-item of a scale item.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.ScaleSubItem#getNumber <em>Number</em>}</li>
 *   <li>{@link org.attune.model.ScaleSubItem#getText <em>Text</em>}</li>
 *   <li>{@link org.attune.model.ScaleSubItem#isAllowNotApplicable <em>Allow Not Applicable</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getScaleSubItem()
 * @model
 * @generated
 */
public interface ScaleSubItem extends Element {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.attune.model.AttunePackage#getScaleSubItem_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.attune.model.ScaleSubItem#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.attune.model.AttunePackage#getScaleSubItem_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.attune.model.ScaleSubItem#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Allow Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Not Applicable</em>' attribute.
	 * @see #setAllowNotApplicable(boolean)
	 * @see org.attune.model.AttunePackage#getScaleSubItem_AllowNotApplicable()
	 * @model
	 * @generated
	 */
	boolean isAllowNotApplicable();

	/**
	 * Sets the value of the '{@link org.attune.model.ScaleSubItem#isAllowNotApplicable <em>Allow Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Not Applicable</em>' attribute.
	 * @see #isAllowNotApplicable()
	 * @generated
	 */
	void setAllowNotApplicable(boolean value);

} // ScaleSubItem
