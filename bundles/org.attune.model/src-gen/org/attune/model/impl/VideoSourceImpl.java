/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import org.attune.model.AttunePackage;
import org.attune.model.VideoSource;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Video Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.VideoSourceImpl#getVideoCodec <em>Video Codec</em>}</li>
 *   <li>{@link org.attune.model.impl.VideoSourceImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.attune.model.impl.VideoSourceImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.attune.model.impl.VideoSourceImpl#getFrameRate <em>Frame Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VideoSourceImpl extends MediaSourceImpl implements VideoSource {
	/**
	 * The default value of the '{@link #getVideoCodec() <em>Video Codec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVideoCodec()
	 * @generated
	 * @ordered
	 */
	protected static final String VIDEO_CODEC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVideoCodec() <em>Video Codec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVideoCodec()
	 * @generated
	 * @ordered
	 */
	protected String videoCodec = VIDEO_CODEC_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrameRate() <em>Frame Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameRate()
	 * @generated
	 * @ordered
	 */
	protected static final double FRAME_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFrameRate() <em>Frame Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameRate()
	 * @generated
	 * @ordered
	 */
	protected double frameRate = FRAME_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VideoSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttunePackage.Literals.VIDEO_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVideoCodec() {
		return videoCodec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVideoCodec(String newVideoCodec) {
		String oldVideoCodec = videoCodec;
		videoCodec = newVideoCodec;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.VIDEO_SOURCE__VIDEO_CODEC, oldVideoCodec, videoCodec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.VIDEO_SOURCE__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.VIDEO_SOURCE__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFrameRate() {
		return frameRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrameRate(double newFrameRate) {
		double oldFrameRate = frameRate;
		frameRate = newFrameRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.VIDEO_SOURCE__FRAME_RATE, oldFrameRate, frameRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AttunePackage.VIDEO_SOURCE__VIDEO_CODEC:
				return getVideoCodec();
			case AttunePackage.VIDEO_SOURCE__WIDTH:
				return getWidth();
			case AttunePackage.VIDEO_SOURCE__HEIGHT:
				return getHeight();
			case AttunePackage.VIDEO_SOURCE__FRAME_RATE:
				return getFrameRate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AttunePackage.VIDEO_SOURCE__VIDEO_CODEC:
				setVideoCodec((String)newValue);
				return;
			case AttunePackage.VIDEO_SOURCE__WIDTH:
				setWidth((Integer)newValue);
				return;
			case AttunePackage.VIDEO_SOURCE__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case AttunePackage.VIDEO_SOURCE__FRAME_RATE:
				setFrameRate((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AttunePackage.VIDEO_SOURCE__VIDEO_CODEC:
				setVideoCodec(VIDEO_CODEC_EDEFAULT);
				return;
			case AttunePackage.VIDEO_SOURCE__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case AttunePackage.VIDEO_SOURCE__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case AttunePackage.VIDEO_SOURCE__FRAME_RATE:
				setFrameRate(FRAME_RATE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AttunePackage.VIDEO_SOURCE__VIDEO_CODEC:
				return VIDEO_CODEC_EDEFAULT == null ? videoCodec != null : !VIDEO_CODEC_EDEFAULT.equals(videoCodec);
			case AttunePackage.VIDEO_SOURCE__WIDTH:
				return width != WIDTH_EDEFAULT;
			case AttunePackage.VIDEO_SOURCE__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case AttunePackage.VIDEO_SOURCE__FRAME_RATE:
				return frameRate != FRAME_RATE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (videoCodec: ");
		result.append(videoCodec);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", frameRate: ");
		result.append(frameRate);
		result.append(')');
		return result.toString();
	}

} //VideoSourceImpl
