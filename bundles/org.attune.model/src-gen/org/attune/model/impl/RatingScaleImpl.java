/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import java.util.Collection;

import org.attune.model.AttunePackage;
import org.attune.model.RatingScale;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleLevel;

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
 * An implementation of the model object '<em><b>Rating Scale</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.RatingScaleImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingScaleImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingScaleImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingScaleImpl#isAllowNotApplicable <em>Allow Not Applicable</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingScaleImpl#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingScaleImpl#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RatingScaleImpl extends ElementImpl implements RatingScale {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

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
	 * The cached value of the '{@link #getLevels() <em>Levels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevels()
	 * @generated
	 * @ordered
	 */
	protected EList<ScaleLevel> levels;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ScaleItem> items;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RatingScaleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttunePackage.Literals.RATING_SCALE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.RATING_SCALE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.RATING_SCALE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.RATING_SCALE__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.RATING_SCALE__ALLOW_NOT_APPLICABLE, oldAllowNotApplicable, allowNotApplicable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScaleLevel> getLevels() {
		if (levels == null) {
			levels = new EObjectContainmentEList<ScaleLevel>(ScaleLevel.class, this, AttunePackage.RATING_SCALE__LEVELS);
		}
		return levels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScaleItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<ScaleItem>(ScaleItem.class, this, AttunePackage.RATING_SCALE__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AttunePackage.RATING_SCALE__LEVELS:
				return ((InternalEList<?>)getLevels()).basicRemove(otherEnd, msgs);
			case AttunePackage.RATING_SCALE__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case AttunePackage.RATING_SCALE__NAME:
				return getName();
			case AttunePackage.RATING_SCALE__VERSION:
				return getVersion();
			case AttunePackage.RATING_SCALE__DESCRIPTION:
				return getDescription();
			case AttunePackage.RATING_SCALE__ALLOW_NOT_APPLICABLE:
				return isAllowNotApplicable();
			case AttunePackage.RATING_SCALE__LEVELS:
				return getLevels();
			case AttunePackage.RATING_SCALE__ITEMS:
				return getItems();
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
			case AttunePackage.RATING_SCALE__NAME:
				setName((String)newValue);
				return;
			case AttunePackage.RATING_SCALE__VERSION:
				setVersion((Integer)newValue);
				return;
			case AttunePackage.RATING_SCALE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case AttunePackage.RATING_SCALE__ALLOW_NOT_APPLICABLE:
				setAllowNotApplicable((Boolean)newValue);
				return;
			case AttunePackage.RATING_SCALE__LEVELS:
				getLevels().clear();
				getLevels().addAll((Collection<? extends ScaleLevel>)newValue);
				return;
			case AttunePackage.RATING_SCALE__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends ScaleItem>)newValue);
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
			case AttunePackage.RATING_SCALE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AttunePackage.RATING_SCALE__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case AttunePackage.RATING_SCALE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case AttunePackage.RATING_SCALE__ALLOW_NOT_APPLICABLE:
				setAllowNotApplicable(ALLOW_NOT_APPLICABLE_EDEFAULT);
				return;
			case AttunePackage.RATING_SCALE__LEVELS:
				getLevels().clear();
				return;
			case AttunePackage.RATING_SCALE__ITEMS:
				getItems().clear();
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
			case AttunePackage.RATING_SCALE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AttunePackage.RATING_SCALE__VERSION:
				return version != VERSION_EDEFAULT;
			case AttunePackage.RATING_SCALE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case AttunePackage.RATING_SCALE__ALLOW_NOT_APPLICABLE:
				return allowNotApplicable != ALLOW_NOT_APPLICABLE_EDEFAULT;
			case AttunePackage.RATING_SCALE__LEVELS:
				return levels != null && !levels.isEmpty();
			case AttunePackage.RATING_SCALE__ITEMS:
				return items != null && !items.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", version: ");
		result.append(version);
		result.append(", description: ");
		result.append(description);
		result.append(", allowNotApplicable: ");
		result.append(allowNotApplicable);
		result.append(')');
		return result.toString();
	}

} //RatingScaleImpl
