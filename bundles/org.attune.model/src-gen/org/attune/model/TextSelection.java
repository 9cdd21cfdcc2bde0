/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Text Selection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Unicode code points [start, end) of a text source.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.TextSelection#getStart <em>Start</em>}</li>
 *   <li>{@link org.attune.model.TextSelection#getEnd <em>End</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getTextSelection()
 * @model
 * @generated
 */
public interface TextSelection extends Selection {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.attune.model.AttunePackage#getTextSelection_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.attune.model.TextSelection#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.attune.model.AttunePackage#getTextSelection_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.attune.model.TextSelection#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

} // TextSelection
