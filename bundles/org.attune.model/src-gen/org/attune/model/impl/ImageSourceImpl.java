/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import java.util.Date;

import org.attune.model.AttunePackage;
import org.attune.model.ImageSource;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.ImageSourceImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.attune.model.impl.ImageSourceImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.attune.model.impl.ImageSourceImpl#getTakenAt <em>Taken At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageSourceImpl extends SourceImpl implements ImageSource {
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
	 * The default value of the '{@link #getTakenAt() <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date TAKEN_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTakenAt() <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenAt()
	 * @generated
	 * @ordered
	 */
	protected Date takenAt = TAKEN_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttunePackage.Literals.IMAGE_SOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.IMAGE_SOURCE__WIDTH, oldWidth, width));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.IMAGE_SOURCE__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTakenAt() {
		return takenAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakenAt(Date newTakenAt) {
		Date oldTakenAt = takenAt;
		takenAt = newTakenAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.IMAGE_SOURCE__TAKEN_AT, oldTakenAt, takenAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AttunePackage.IMAGE_SOURCE__WIDTH:
				return getWidth();
			case AttunePackage.IMAGE_SOURCE__HEIGHT:
				return getHeight();
			case AttunePackage.IMAGE_SOURCE__TAKEN_AT:
				return getTakenAt();
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
			case AttunePackage.IMAGE_SOURCE__WIDTH:
				setWidth((Integer)newValue);
				return;
			case AttunePackage.IMAGE_SOURCE__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case AttunePackage.IMAGE_SOURCE__TAKEN_AT:
				setTakenAt((Date)newValue);
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
			case AttunePackage.IMAGE_SOURCE__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case AttunePackage.IMAGE_SOURCE__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case AttunePackage.IMAGE_SOURCE__TAKEN_AT:
				setTakenAt(TAKEN_AT_EDEFAULT);
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
			case AttunePackage.IMAGE_SOURCE__WIDTH:
				return width != WIDTH_EDEFAULT;
			case AttunePackage.IMAGE_SOURCE__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case AttunePackage.IMAGE_SOURCE__TAKEN_AT:
				return TAKEN_AT_EDEFAULT == null ? takenAt != null : !TAKEN_AT_EDEFAULT.equals(takenAt);
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
		result.append(" (width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", takenAt: ");
		result.append(takenAt);
		result.append(')');
		return result.toString();
	}

} //ImageSourceImpl
