/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Video Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A video recording, e.g. a practice recording.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.VideoSource#getVideoCodec <em>Video Codec</em>}</li>
 *   <li>{@link org.attune.model.VideoSource#getWidth <em>Width</em>}</li>
 *   <li>{@link org.attune.model.VideoSource#getHeight <em>Height</em>}</li>
 *   <li>{@link org.attune.model.VideoSource#getFrameRate <em>Frame Rate</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getVideoSource()
 * @model
 * @generated
 */
public interface VideoSource extends MediaSource {
	/**
	 * Returns the value of the '<em><b>Video Codec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Video Codec</em>' attribute.
	 * @see #setVideoCodec(String)
	 * @see org.attune.model.AttunePackage#getVideoSource_VideoCodec()
	 * @model
	 * @generated
	 */
	String getVideoCodec();

	/**
	 * Sets the value of the '{@link org.attune.model.VideoSource#getVideoCodec <em>Video Codec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Video Codec</em>' attribute.
	 * @see #getVideoCodec()
	 * @generated
	 */
	void setVideoCodec(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.attune.model.AttunePackage#getVideoSource_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.attune.model.VideoSource#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.attune.model.AttunePackage#getVideoSource_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.attune.model.VideoSource#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Frame Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frame Rate</em>' attribute.
	 * @see #setFrameRate(double)
	 * @see org.attune.model.AttunePackage#getVideoSource_FrameRate()
	 * @model
	 * @generated
	 */
	double getFrameRate();

	/**
	 * Sets the value of the '{@link org.attune.model.VideoSource#getFrameRate <em>Frame Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame Rate</em>' attribute.
	 * @see #getFrameRate()
	 * @generated
	 */
	void setFrameRate(double value);

} // VideoSource
