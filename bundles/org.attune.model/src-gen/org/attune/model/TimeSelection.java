/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Time Selection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Milliseconds [startMs, endMs) of a media source.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.TimeSelection#getStartMs <em>Start Ms</em>}</li>
 *   <li>{@link org.attune.model.TimeSelection#getEndMs <em>End Ms</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getTimeSelection()
 * @model
 * @generated
 */
public interface TimeSelection extends Selection {
	/**
	 * Returns the value of the '<em><b>Start Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Ms</em>' attribute.
	 * @see #setStartMs(long)
	 * @see org.attune.model.AttunePackage#getTimeSelection_StartMs()
	 * @model
	 * @generated
	 */
	long getStartMs();

	/**
	 * Sets the value of the '{@link org.attune.model.TimeSelection#getStartMs <em>Start Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Ms</em>' attribute.
	 * @see #getStartMs()
	 * @generated
	 */
	void setStartMs(long value);

	/**
	 * Returns the value of the '<em><b>End Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Ms</em>' attribute.
	 * @see #setEndMs(long)
	 * @see org.attune.model.AttunePackage#getTimeSelection_EndMs()
	 * @model
	 * @generated
	 */
	long getEndMs();

	/**
	 * Sets the value of the '{@link org.attune.model.TimeSelection#getEndMs <em>End Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Ms</em>' attribute.
	 * @see #getEndMs()
	 * @generated
	 */
	void setEndMs(long value);

} // TimeSelection
