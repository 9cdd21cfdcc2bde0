/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Media Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An audio or video recording; positions are milliseconds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.MediaSource#getDurationMs <em>Duration Ms</em>}</li>
 *   <li>{@link org.attune.model.MediaSource#getMimeType <em>Mime Type</em>}</li>
 *   <li>{@link org.attune.model.MediaSource#getAudioCodec <em>Audio Codec</em>}</li>
 *   <li>{@link org.attune.model.MediaSource#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.attune.model.MediaSource#getSampleRate <em>Sample Rate</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getMediaSource()
 * @model abstract="true"
 * @generated
 */
public interface MediaSource extends Source {
	/**
	 * Returns the value of the '<em><b>Duration Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Ms</em>' attribute.
	 * @see #setDurationMs(long)
	 * @see org.attune.model.AttunePackage#getMediaSource_DurationMs()
	 * @model
	 * @generated
	 */
	long getDurationMs();

	/**
	 * Sets the value of the '{@link org.attune.model.MediaSource#getDurationMs <em>Duration Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Ms</em>' attribute.
	 * @see #getDurationMs()
	 * @generated
	 */
	void setDurationMs(long value);

	/**
	 * Returns the value of the '<em><b>Mime Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mime Type</em>' attribute.
	 * @see #setMimeType(String)
	 * @see org.attune.model.AttunePackage#getMediaSource_MimeType()
	 * @model
	 * @generated
	 */
	String getMimeType();

	/**
	 * Sets the value of the '{@link org.attune.model.MediaSource#getMimeType <em>Mime Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mime Type</em>' attribute.
	 * @see #getMimeType()
	 * @generated
	 */
	void setMimeType(String value);

	/**
	 * Returns the value of the '<em><b>Audio Codec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audio Codec</em>' attribute.
	 * @see #setAudioCodec(String)
	 * @see org.attune.model.AttunePackage#getMediaSource_AudioCodec()
	 * @model
	 * @generated
	 */
	String getAudioCodec();

	/**
	 * Sets the value of the '{@link org.attune.model.MediaSource#getAudioCodec <em>Audio Codec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audio Codec</em>' attribute.
	 * @see #getAudioCodec()
	 * @generated
	 */
	void setAudioCodec(String value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' attribute.
	 * @see #setChannels(int)
	 * @see org.attune.model.AttunePackage#getMediaSource_Channels()
	 * @model
	 * @generated
	 */
	int getChannels();

	/**
	 * Sets the value of the '{@link org.attune.model.MediaSource#getChannels <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channels</em>' attribute.
	 * @see #getChannels()
	 * @generated
	 */
	void setChannels(int value);

	/**
	 * Returns the value of the '<em><b>Sample Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sample Rate</em>' attribute.
	 * @see #setSampleRate(int)
	 * @see org.attune.model.AttunePackage#getMediaSource_SampleRate()
	 * @model
	 * @generated
	 */
	int getSampleRate();

	/**
	 * Sets the value of the '{@link org.attune.model.MediaSource#getSampleRate <em>Sample Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sample Rate</em>' attribute.
	 * @see #getSampleRate()
	 * @generated
	 */
	void setSampleRate(int value);

} // MediaSource
