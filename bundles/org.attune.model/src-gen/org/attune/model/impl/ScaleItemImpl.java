/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import java.util.Collection;

import org.attune.model.AttunePackage;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleSubItem;

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
 * An implementation of the model object '<em><b>Scale Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.ScaleItemImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.attune.model.impl.ScaleItemImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.attune.model.impl.ScaleItemImpl#getKeyFeatures <em>Key Features</em>}</li>
 *   <li>{@link org.attune.model.impl.ScaleItemImpl#isNotUsed <em>Not Used</em>}</li>
 *   <li>{@link org.attune.model.impl.ScaleItemImpl#getSubItems <em>Sub Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScaleItemImpl extends ElementImpl implements ScaleItem {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyFeatures() <em>Key Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyFeatures()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_FEATURES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyFeatures() <em>Key Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyFeatures()
	 * @generated
	 * @ordered
	 */
	protected String keyFeatures = KEY_FEATURES_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotUsed() <em>Not Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotUsed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_USED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotUsed() <em>Not Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotUsed()
	 * @generated
	 * @ordered
	 */
	protected boolean notUsed = NOT_USED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubItems() <em>Sub Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ScaleSubItem> subItems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScaleItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttunePackage.Literals.SCALE_ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SCALE_ITEM__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SCALE_ITEM__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeyFeatures() {
		return keyFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyFeatures(String newKeyFeatures) {
		String oldKeyFeatures = keyFeatures;
		keyFeatures = newKeyFeatures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SCALE_ITEM__KEY_FEATURES, oldKeyFeatures, keyFeatures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotUsed() {
		return notUsed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotUsed(boolean newNotUsed) {
		boolean oldNotUsed = notUsed;
		notUsed = newNotUsed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SCALE_ITEM__NOT_USED, oldNotUsed, notUsed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScaleSubItem> getSubItems() {
		if (subItems == null) {
			subItems = new EObjectContainmentEList<ScaleSubItem>(ScaleSubItem.class, this, AttunePackage.SCALE_ITEM__SUB_ITEMS);
		}
		return subItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AttunePackage.SCALE_ITEM__SUB_ITEMS:
				return ((InternalEList<?>)getSubItems()).basicRemove(otherEnd, msgs);
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
			case AttunePackage.SCALE_ITEM__NUMBER:
				return getNumber();
			case AttunePackage.SCALE_ITEM__TITLE:
				return getTitle();
			case AttunePackage.SCALE_ITEM__KEY_FEATURES:
				return getKeyFeatures();
			case AttunePackage.SCALE_ITEM__NOT_USED:
				return isNotUsed();
			case AttunePackage.SCALE_ITEM__SUB_ITEMS:
				return getSubItems();
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
			case AttunePackage.SCALE_ITEM__NUMBER:
				setNumber((String)newValue);
				return;
			case AttunePackage.SCALE_ITEM__TITLE:
				setTitle((String)newValue);
				return;
			case AttunePackage.SCALE_ITEM__KEY_FEATURES:
				setKeyFeatures((String)newValue);
				return;
			case AttunePackage.SCALE_ITEM__NOT_USED:
				setNotUsed((Boolean)newValue);
				return;
			case AttunePackage.SCALE_ITEM__SUB_ITEMS:
				getSubItems().clear();
				getSubItems().addAll((Collection<? extends ScaleSubItem>)newValue);
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
			case AttunePackage.SCALE_ITEM__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case AttunePackage.SCALE_ITEM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case AttunePackage.SCALE_ITEM__KEY_FEATURES:
				setKeyFeatures(KEY_FEATURES_EDEFAULT);
				return;
			case AttunePackage.SCALE_ITEM__NOT_USED:
				setNotUsed(NOT_USED_EDEFAULT);
				return;
			case AttunePackage.SCALE_ITEM__SUB_ITEMS:
				getSubItems().clear();
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
			case AttunePackage.SCALE_ITEM__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case AttunePackage.SCALE_ITEM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case AttunePackage.SCALE_ITEM__KEY_FEATURES:
				return KEY_FEATURES_EDEFAULT == null ? keyFeatures != null : !KEY_FEATURES_EDEFAULT.equals(keyFeatures);
			case AttunePackage.SCALE_ITEM__NOT_USED:
				return notUsed != NOT_USED_EDEFAULT;
			case AttunePackage.SCALE_ITEM__SUB_ITEMS:
				return subItems != null && !subItems.isEmpty();
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
		result.append(", title: ");
		result.append(title);
		result.append(", keyFeatures: ");
		result.append(keyFeatures);
		result.append(", notUsed: ");
		result.append(notUsed);
		result.append(')');
		return result.toString();
	}

} //ScaleItemImpl
