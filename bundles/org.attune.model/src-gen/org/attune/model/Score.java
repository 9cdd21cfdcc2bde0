/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The score of one sub-item on a sheet, with the moments of the recording that show it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.Score#getSubItem <em>Sub Item</em>}</li>
 *   <li>{@link org.attune.model.Score#getState <em>State</em>}</li>
 *   <li>{@link org.attune.model.Score#getValue <em>Value</em>}</li>
 *   <li>{@link org.attune.model.Score#getNote <em>Note</em>}</li>
 *   <li>{@link org.attune.model.Score#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getScore()
 * @model
 * @generated
 */
public interface Score extends EObject {
	/**
	 * Returns the value of the '<em><b>Sub Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Item</em>' reference.
	 * @see #setSubItem(ScaleSubItem)
	 * @see org.attune.model.AttunePackage#getScore_SubItem()
	 * @model
	 * @generated
	 */
	ScaleSubItem getSubItem();

	/**
	 * Sets the value of the '{@link org.attune.model.Score#getSubItem <em>Sub Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sub Item</em>' reference.
	 * @see #getSubItem()
	 * @generated
	 */
	void setSubItem(ScaleSubItem value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attune.model.ScoreState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.attune.model.ScoreState
	 * @see #setState(ScoreState)
	 * @see org.attune.model.AttunePackage#getScore_State()
	 * @model
	 * @generated
	 */
	ScoreState getState();

	/**
	 * Sets the value of the '{@link org.attune.model.Score#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.attune.model.ScoreState
	 * @see #getState()
	 * @generated
	 */
	void setState(ScoreState value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see org.attune.model.AttunePackage#getScore_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link org.attune.model.Score#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.attune.model.AttunePackage#getScore_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.attune.model.Score#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.TimeSelection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getScore_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<TimeSelection> getEvidence();

} // Score
