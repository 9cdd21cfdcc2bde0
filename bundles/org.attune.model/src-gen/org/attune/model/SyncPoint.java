/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sync Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ties a character offset of a transcript to a time in its media.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.SyncPoint#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.attune.model.SyncPoint#getTimeMs <em>Time Ms</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getSyncPoint()
 * @model
 * @generated
 */
public interface SyncPoint extends EObject {
	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(int)
	 * @see org.attune.model.AttunePackage#getSyncPoint_Offset()
	 * @model
	 * @generated
	 */
	int getOffset();

	/**
	 * Sets the value of the '{@link org.attune.model.SyncPoint#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(int value);

	/**
	 * Returns the value of the '<em><b>Time Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Ms</em>' attribute.
	 * @see #setTimeMs(long)
	 * @see org.attune.model.AttunePackage#getSyncPoint_TimeMs()
	 * @model
	 * @generated
	 */
	long getTimeMs();

	/**
	 * Sets the value of the '{@link org.attune.model.SyncPoint#getTimeMs <em>Time Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Ms</em>' attribute.
	 * @see #getTimeMs()
	 * @generated
	 */
	void setTimeMs(long value);

} // SyncPoint
