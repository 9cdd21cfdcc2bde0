/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Speaker Turn</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stretch of a transcript spoken by one speaker, optionally a case.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.SpeakerTurn#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link org.attune.model.SpeakerTurn#getStart <em>Start</em>}</li>
 *   <li>{@link org.attune.model.SpeakerTurn#getEnd <em>End</em>}</li>
 *   <li>{@link org.attune.model.SpeakerTurn#getCase <em>Case</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getSpeakerTurn()
 * @model
 * @generated
 */
public interface SpeakerTurn extends EObject {
	/**
	 * Returns the value of the '<em><b>Speaker</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speaker</em>' attribute.
	 * @see #setSpeaker(String)
	 * @see org.attune.model.AttunePackage#getSpeakerTurn_Speaker()
	 * @model
	 * @generated
	 */
	String getSpeaker();

	/**
	 * Sets the value of the '{@link org.attune.model.SpeakerTurn#getSpeaker <em>Speaker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speaker</em>' attribute.
	 * @see #getSpeaker()
	 * @generated
	 */
	void setSpeaker(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.attune.model.AttunePackage#getSpeakerTurn_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.attune.model.SpeakerTurn#getStart <em>Start</em>}' attribute.
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
	 * @see org.attune.model.AttunePackage#getSpeakerTurn_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.attune.model.SpeakerTurn#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case</em>' reference.
	 * @see #setCase(Case)
	 * @see org.attune.model.AttunePackage#getSpeakerTurn_Case()
	 * @model
	 * @generated
	 */
	Case getCase();

	/**
	 * Sets the value of the '{@link org.attune.model.SpeakerTurn#getCase <em>Case</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case</em>' reference.
	 * @see #getCase()
	 * @generated
	 */
	void setCase(Case value);

} // SpeakerTurn
