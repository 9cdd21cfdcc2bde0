/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import org.attune.model.AttunePackage;
import org.attune.model.MediaSource;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Media Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.MediaSourceImpl#getDurationMs <em>Duration Ms</em>}</li>
 *   <li>{@link org.attune.model.impl.MediaSourceImpl#getMimeType <em>Mime Type</em>}</li>
 *   <li>{@link org.attune.model.impl.MediaSourceImpl#getAudioCodec <em>Audio Codec</em>}</li>
 *   <li>{@link org.attune.model.impl.MediaSourceImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.attune.model.impl.MediaSourceImpl#getSampleRate <em>Sample Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class MediaSourceImpl extends SourceImpl implements MediaSource {
	/**
	 * The default value of the '{@link #getDurationMs() <em>Duration Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMs()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_MS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationMs() <em>Duration Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMs()
	 * @generated
	 * @ordered
	 */
	protected long durationMs = DURATION_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMimeType() <em>Mime Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMimeType()
	 * @generated
	 * @ordered
	 */
	protected static final String MIME_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMimeType() <em>Mime Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMimeType()
	 * @generated
	 * @ordered
	 */
	protected String mimeType = MIME_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAudioCodec() <em>Audio Codec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudioCodec()
	 * @generated
	 * @ordered
	 */
	protected static final String AUDIO_CODEC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAudioCodec() <em>Audio Codec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudioCodec()
	 * @generated
	 * @ordered
	 */
	protected String audioCodec = AUDIO_CODEC_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected static final int CHANNELS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected int channels = CHANNELS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSampleRate() <em>Sample Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampleRate()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLE_RATE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSampleRate() <em>Sample Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampleRate()
	 * @generated
	 * @ordered
	 */
	protected int sampleRate = SAMPLE_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MediaSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttunePackage.Literals.MEDIA_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationMs() {
		return durationMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMs(long newDurationMs) {
		long oldDurationMs = durationMs;
		durationMs = newDurationMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.MEDIA_SOURCE__DURATION_MS, oldDurationMs, durationMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMimeType() {
		return mimeType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMimeType(String newMimeType) {
		String oldMimeType = mimeType;
		mimeType = newMimeType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.MEDIA_SOURCE__MIME_TYPE, oldMimeType, mimeType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAudioCodec() {
		return audioCodec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudioCodec(String newAudioCodec) {
		String oldAudioCodec = audioCodec;
		audioCodec = newAudioCodec;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.MEDIA_SOURCE__AUDIO_CODEC, oldAudioCodec, audioCodec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChannels() {
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannels(int newChannels) {
		int oldChannels = channels;
		channels = newChannels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.MEDIA_SOURCE__CHANNELS, oldChannels, channels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSampleRate() {
		return sampleRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSampleRate(int newSampleRate) {
		int oldSampleRate = sampleRate;
		sampleRate = newSampleRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.MEDIA_SOURCE__SAMPLE_RATE, oldSampleRate, sampleRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AttunePackage.MEDIA_SOURCE__DURATION_MS:
				return getDurationMs();
			case AttunePackage.MEDIA_SOURCE__MIME_TYPE:
				return getMimeType();
			case AttunePackage.MEDIA_SOURCE__AUDIO_CODEC:
				return getAudioCodec();
			case AttunePackage.MEDIA_SOURCE__CHANNELS:
				return getChannels();
			case AttunePackage.MEDIA_SOURCE__SAMPLE_RATE:
				return getSampleRate();
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
			case AttunePackage.MEDIA_SOURCE__DURATION_MS:
				setDurationMs((Long)newValue);
				return;
			case AttunePackage.MEDIA_SOURCE__MIME_TYPE:
				setMimeType((String)newValue);
				return;
			case AttunePackage.MEDIA_SOURCE__AUDIO_CODEC:
				setAudioCodec((String)newValue);
				return;
			case AttunePackage.MEDIA_SOURCE__CHANNELS:
				setChannels((Integer)newValue);
				return;
			case AttunePackage.MEDIA_SOURCE__SAMPLE_RATE:
				setSampleRate((Integer)newValue);
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
			case AttunePackage.MEDIA_SOURCE__DURATION_MS:
				setDurationMs(DURATION_MS_EDEFAULT);
				return;
			case AttunePackage.MEDIA_SOURCE__MIME_TYPE:
				setMimeType(MIME_TYPE_EDEFAULT);
				return;
			case AttunePackage.MEDIA_SOURCE__AUDIO_CODEC:
				setAudioCodec(AUDIO_CODEC_EDEFAULT);
				return;
			case AttunePackage.MEDIA_SOURCE__CHANNELS:
				setChannels(CHANNELS_EDEFAULT);
				return;
			case AttunePackage.MEDIA_SOURCE__SAMPLE_RATE:
				setSampleRate(SAMPLE_RATE_EDEFAULT);
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
			case AttunePackage.MEDIA_SOURCE__DURATION_MS:
				return durationMs != DURATION_MS_EDEFAULT;
			case AttunePackage.MEDIA_SOURCE__MIME_TYPE:
				return MIME_TYPE_EDEFAULT == null ? mimeType != null : !MIME_TYPE_EDEFAULT.equals(mimeType);
			case AttunePackage.MEDIA_SOURCE__AUDIO_CODEC:
				return AUDIO_CODEC_EDEFAULT == null ? audioCodec != null : !AUDIO_CODEC_EDEFAULT.equals(audioCodec);
			case AttunePackage.MEDIA_SOURCE__CHANNELS:
				return channels != CHANNELS_EDEFAULT;
			case AttunePackage.MEDIA_SOURCE__SAMPLE_RATE:
				return sampleRate != SAMPLE_RATE_EDEFAULT;
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
		result.append(" (durationMs: ");
		result.append(durationMs);
		result.append(", mimeType: ");
		result.append(mimeType);
		result.append(", audioCodec: ");
		result.append(audioCodec);
		result.append(", channels: ");
		result.append(channels);
		result.append(", sampleRate: ");
		result.append(sampleRate);
		result.append(')');
		return result.toString();
	}

} //MediaSourceImpl
