/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Audio Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An audio recording, e.g. a carer's or child's audio diary.
 * <!-- end-model-doc -->
 *
 *
 * @see org.attune.model.AttunePackage#getAudioSource()
 * @model
 * @generated
 */
public interface AudioSource extends MediaSource {
} // AudioSource
