/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Text Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A transcript or document; positions are Unicode code points from 0 in its normalised text.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.TextSource#getLength <em>Length</em>}</li>
 *   <li>{@link org.attune.model.TextSource#getTurns <em>Turns</em>}</li>
 *   <li>{@link org.attune.model.TextSource#getSyncPoints <em>Sync Points</em>}</li>
 *   <li>{@link org.attune.model.TextSource#getMedia <em>Media</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getTextSource()
 * @model
 * @generated
 */
public interface TextSource extends Source {
	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(int)
	 * @see org.attune.model.AttunePackage#getTextSource_Length()
	 * @model
	 * @generated
	 */
	int getLength();

	/**
	 * Sets the value of the '{@link org.attune.model.TextSource#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(int value);

	/**
	 * Returns the value of the '<em><b>Turns</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.SpeakerTurn}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Turns</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getTextSource_Turns()
	 * @model containment="true"
	 *        annotation="urn:attune:store load='lazy'"
	 * @generated
	 */
	EList<SpeakerTurn> getTurns();

	/**
	 * Returns the value of the '<em><b>Sync Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.SyncPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sync Points</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getTextSource_SyncPoints()
	 * @model containment="true"
	 *        annotation="urn:attune:store load='lazy'"
	 * @generated
	 */
	EList<SyncPoint> getSyncPoints();

	/**
	 * Returns the value of the '<em><b>Media</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media</em>' reference.
	 * @see #setMedia(MediaSource)
	 * @see org.attune.model.AttunePackage#getTextSource_Media()
	 * @model
	 * @generated
	 */
	MediaSource getMedia();

	/**
	 * Sets the value of the '{@link org.attune.model.TextSource#getMedia <em>Media</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media</em>' reference.
	 * @see #getMedia()
	 * @generated
	 */
	void setMedia(MediaSource value);

} // TextSource
