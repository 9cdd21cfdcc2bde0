/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import org.attune.model.AttunePackage;
import org.attune.model.ScaleSubItem;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scale Sub Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.ScaleSubItemImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.attune.model.impl.ScaleSubItemImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.attune.model.impl.ScaleSubItemImpl#isAllowNotApplicable <em>Allow Not Applicable</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScaleSubItemImpl extends ElementImpl implements ScaleSubItem {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isAllowNotApplicable() <em>Allow Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowNotApplicable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOW_NOT_APPLICABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAllowNotApplicable() <em>Allow Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowNotApplicable()
	 * @generated
	 * @ordered
	 */
	protected boolean allowNotApplicable = ALLOW_NOT_APPLICABLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScaleSubItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttunePackage.Literals.SCALE_SUB_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SCALE_SUB_ITEM__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SCALE_SUB_ITEM__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowNotApplicable() {
		return allowNotApplicable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowNotApplicable(boolean newAllowNotApplicable) {
		boolean oldAllowNotApplicable = allowNotApplicable;
		allowNotApplicable = newAllowNotApplicable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SCALE_SUB_ITEM__ALLOW_NOT_APPLICABLE, oldAllowNotApplicable, allowNotApplicable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AttunePackage.SCALE_SUB_ITEM__NUMBER:
				return getNumber();
			case AttunePackage.SCALE_SUB_ITEM__TEXT:
				return getText();
			case AttunePackage.SCALE_SUB_ITEM__ALLOW_NOT_APPLICABLE:
				return isAllowNotApplicable();
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
			case AttunePackage.SCALE_SUB_ITEM__NUMBER:
				setNumber((String)newValue);
				return;
			case AttunePackage.SCALE_SUB_ITEM__TEXT:
				setText((String)newValue);
				return;
			case AttunePackage.SCALE_SUB_ITEM__ALLOW_NOT_APPLICABLE:
				setAllowNotApplicable((Boolean)newValue);
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
			case AttunePackage.SCALE_SUB_ITEM__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case AttunePackage.SCALE_SUB_ITEM__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case AttunePackage.SCALE_SUB_ITEM__ALLOW_NOT_APPLICABLE:
				setAllowNotApplicable(ALLOW_NOT_APPLICABLE_EDEFAULT);
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
			case AttunePackage.SCALE_SUB_ITEM__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case AttunePackage.SCALE_SUB_ITEM__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case AttunePackage.SCALE_SUB_ITEM__ALLOW_NOT_APPLICABLE:
				return allowNotApplicable != ALLOW_NOT_APPLICABLE_EDEFAULT;
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
		result.append(" (number: ");
		result.append(number);
		result.append(", text: ");
		result.append(text);
		result.append(", allowNotApplicable: ");
		result.append(allowNotApplicable);
		result.append(')');
		return result.toString();
	}

} //ScaleSubItemImpl
