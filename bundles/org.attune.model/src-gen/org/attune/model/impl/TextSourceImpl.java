/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import java.util.Collection;

import org.attune.model.AttunePackage;
import org.attune.model.MediaSource;
import org.attune.model.SpeakerTurn;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Text Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.TextSourceImpl#getLength <em>Length</em>}</li>
 *   <li>{@link org.attune.model.impl.TextSourceImpl#getTurns <em>Turns</em>}</li>
 *   <li>{@link org.attune.model.impl.TextSourceImpl#getSyncPoints <em>Sync Points</em>}</li>
 *   <li>{@link org.attune.model.impl.TextSourceImpl#getMedia <em>Media</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TextSourceImpl extends SourceImpl implements TextSource {
	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected int length = LENGTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTurns() <em>Turns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTurns()
	 * @generated
	 * @ordered
	 */
	protected EList<SpeakerTurn> turns;

	/**
	 * The cached value of the '{@link #getSyncPoints() <em>Sync Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyncPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<SyncPoint> syncPoints;

	/**
	 * The cached value of the '{@link #getMedia() <em>Media</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedia()
	 * @generated
	 * @ordered
	 */
	protected MediaSource media;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TextSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttunePackage.Literals.TEXT_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(int newLength) {
		int oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.TEXT_SOURCE__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpeakerTurn> getTurns() {
		if (turns == null) {
			turns = new EObjectContainmentEList<SpeakerTurn>(SpeakerTurn.class, this, AttunePackage.TEXT_SOURCE__TURNS);
		}
		return turns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SyncPoint> getSyncPoints() {
		if (syncPoints == null) {
			syncPoints = new EObjectContainmentEList<SyncPoint>(SyncPoint.class, this, AttunePackage.TEXT_SOURCE__SYNC_POINTS);
		}
		return syncPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaSource getMedia() {
		if (media != null && media.eIsProxy()) {
			InternalEObject oldMedia = (InternalEObject)media;
			media = (MediaSource)eResolveProxy(oldMedia);
			if (media != oldMedia) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AttunePackage.TEXT_SOURCE__MEDIA, oldMedia, media));
			}
		}
		return media;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MediaSource basicGetMedia() {
		return media;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMedia(MediaSource newMedia) {
		MediaSource oldMedia = media;
		media = newMedia;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.TEXT_SOURCE__MEDIA, oldMedia, media));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AttunePackage.TEXT_SOURCE__TURNS:
				return ((InternalEList<?>)getTurns()).basicRemove(otherEnd, msgs);
			case AttunePackage.TEXT_SOURCE__SYNC_POINTS:
				return ((InternalEList<?>)getSyncPoints()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AttunePackage.TEXT_SOURCE__LENGTH:
				return getLength();
			case AttunePackage.TEXT_SOURCE__TURNS:
				return getTurns();
			case AttunePackage.TEXT_SOURCE__SYNC_POINTS:
				return getSyncPoints();
			case AttunePackage.TEXT_SOURCE__MEDIA:
				if (resolve) return getMedia();
				return basicGetMedia();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AttunePackage.TEXT_SOURCE__LENGTH:
				setLength((Integer)newValue);
				return;
			case AttunePackage.TEXT_SOURCE__TURNS:
				getTurns().clear();
				getTurns().addAll((Collection<? extends SpeakerTurn>)newValue);
				return;
			case AttunePackage.TEXT_SOURCE__SYNC_POINTS:
				getSyncPoints().clear();
				getSyncPoints().addAll((Collection<? extends SyncPoint>)newValue);
				return;
			case AttunePackage.TEXT_SOURCE__MEDIA:
				setMedia((MediaSource)newValue);
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
			case AttunePackage.TEXT_SOURCE__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case AttunePackage.TEXT_SOURCE__TURNS:
				getTurns().clear();
				return;
			case AttunePackage.TEXT_SOURCE__SYNC_POINTS:
				getSyncPoints().clear();
				return;
			case AttunePackage.TEXT_SOURCE__MEDIA:
				setMedia((MediaSource)null);
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
			case AttunePackage.TEXT_SOURCE__LENGTH:
				return length != LENGTH_EDEFAULT;
			case AttunePackage.TEXT_SOURCE__TURNS:
				return turns != null && !turns.isEmpty();
			case AttunePackage.TEXT_SOURCE__SYNC_POINTS:
				return syncPoints != null && !syncPoints.isEmpty();
			case AttunePackage.TEXT_SOURCE__MEDIA:
				return media != null;
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
		result.append(" (length: ");
		result.append(length);
		result.append(')');
		return result.toString();
	}

} //TextSourceImpl
