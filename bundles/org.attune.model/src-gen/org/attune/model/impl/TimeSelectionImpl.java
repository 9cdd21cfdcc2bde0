/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import org.attune.model.AttunePackage;
import org.attune.model.TimeSelection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Time Selection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.TimeSelectionImpl#getStartMs <em>Start Ms</em>}</li>
 *   <li>{@link org.attune.model.impl.TimeSelectionImpl#getEndMs <em>End Ms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TimeSelectionImpl extends SelectionImpl implements TimeSelection {
	/**
	 * The default value of the '{@link #getStartMs() <em>Start Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMs()
	 * @generated
	 * @ordered
	 */
	protected static final long START_MS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartMs() <em>Start Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMs()
	 * @generated
	 * @ordered
	 */
	protected long startMs = START_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndMs() <em>End Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndMs()
	 * @generated
	 * @ordered
	 */
	protected static final long END_MS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEndMs() <em>End Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndMs()
	 * @generated
	 * @ordered
	 */
	protected long endMs = END_MS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TimeSelectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttunePackage.Literals.TIME_SELECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartMs() {
		return startMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartMs(long newStartMs) {
		long oldStartMs = startMs;
		startMs = newStartMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.TIME_SELECTION__START_MS, oldStartMs, startMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEndMs() {
		return endMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndMs(long newEndMs) {
		long oldEndMs = endMs;
		endMs = newEndMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.TIME_SELECTION__END_MS, oldEndMs, endMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AttunePackage.TIME_SELECTION__START_MS:
				return getStartMs();
			case AttunePackage.TIME_SELECTION__END_MS:
				return getEndMs();
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
			case AttunePackage.TIME_SELECTION__START_MS:
				setStartMs((Long)newValue);
				return;
			case AttunePackage.TIME_SELECTION__END_MS:
				setEndMs((Long)newValue);
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
			case AttunePackage.TIME_SELECTION__START_MS:
				setStartMs(START_MS_EDEFAULT);
				return;
			case AttunePackage.TIME_SELECTION__END_MS:
				setEndMs(END_MS_EDEFAULT);
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
			case AttunePackage.TIME_SELECTION__START_MS:
				return startMs != START_MS_EDEFAULT;
			case AttunePackage.TIME_SELECTION__END_MS:
				return endMs != END_MS_EDEFAULT;
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
		result.append(" (startMs: ");
		result.append(startMs);
		result.append(", endMs: ");
		result.append(endMs);
		result.append(')');
		return result.toString();
	}

} //TimeSelectionImpl
