/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.attune.model.AnalyticLevel;
import org.attune.model.AttunePackage;
import org.attune.model.Code;
import org.attune.model.CodeChange;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Code</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.CodeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.impl.CodeImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.attune.model.impl.CodeImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.attune.model.impl.CodeImpl#getInclusionCriteria <em>Inclusion Criteria</em>}</li>
 *   <li>{@link org.attune.model.impl.CodeImpl#getExclusionCriteria <em>Exclusion Criteria</em>}</li>
 *   <li>{@link org.attune.model.impl.CodeImpl#getExample <em>Example</em>}</li>
 *   <li>{@link org.attune.model.impl.CodeImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.attune.model.impl.CodeImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.attune.model.impl.CodeImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.attune.model.impl.CodeImpl#getHistory <em>History</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodeImpl extends ElementImpl implements Code {
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
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected String colour = COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected String definition = DEFINITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInclusionCriteria() <em>Inclusion Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInclusionCriteria()
	 * @generated
	 * @ordered
	 */
	protected static final String INCLUSION_CRITERIA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInclusionCriteria() <em>Inclusion Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInclusionCriteria()
	 * @generated
	 * @ordered
	 */
	protected String inclusionCriteria = INCLUSION_CRITERIA_EDEFAULT;

	/**
	 * The default value of the '{@link #getExclusionCriteria() <em>Exclusion Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusionCriteria()
	 * @generated
	 * @ordered
	 */
	protected static final String EXCLUSION_CRITERIA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExclusionCriteria() <em>Exclusion Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusionCriteria()
	 * @generated
	 * @ordered
	 */
	protected String exclusionCriteria = EXCLUSION_CRITERIA_EDEFAULT;

	/**
	 * The default value of the '{@link #getExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExample()
	 * @generated
	 * @ordered
	 */
	protected static final String EXAMPLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExample()
	 * @generated
	 * @ordered
	 */
	protected String example = EXAMPLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final AnalyticLevel LEVEL_EDEFAULT = AnalyticLevel.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected AnalyticLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Code> children;

	/**
	 * The cached value of the '{@link #getHistory() <em>History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<CodeChange> history;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttunePackage.Literals.CODE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.CODE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(String newColour) {
		String oldColour = colour;
		colour = newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.CODE__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(String newDefinition) {
		String oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.CODE__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInclusionCriteria() {
		return inclusionCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInclusionCriteria(String newInclusionCriteria) {
		String oldInclusionCriteria = inclusionCriteria;
		inclusionCriteria = newInclusionCriteria;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.CODE__INCLUSION_CRITERIA, oldInclusionCriteria, inclusionCriteria));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExclusionCriteria() {
		return exclusionCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExclusionCriteria(String newExclusionCriteria) {
		String oldExclusionCriteria = exclusionCriteria;
		exclusionCriteria = newExclusionCriteria;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.CODE__EXCLUSION_CRITERIA, oldExclusionCriteria, exclusionCriteria));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExample() {
		return example;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExample(String newExample) {
		String oldExample = example;
		example = newExample;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.CODE__EXAMPLE, oldExample, example));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnalyticLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(AnalyticLevel newLevel) {
		AnalyticLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.CODE__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Code> getChildren() {
		if (children == null) {
			children = new EObjectContainmentWithInverseEList<Code>(Code.class, this, AttunePackage.CODE__CHILDREN, AttunePackage.CODE__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getParent() {
		if (eContainerFeatureID() != AttunePackage.CODE__PARENT) return null;
		return (Code)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(Code newParent, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newParent, AttunePackage.CODE__PARENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Code newParent) {
		if (newParent != eInternalContainer() || (eContainerFeatureID() != AttunePackage.CODE__PARENT && newParent != null)) {
			if (EcoreUtil.isAncestor(this, newParent))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, AttunePackage.CODE__CHILDREN, Code.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.CODE__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CodeChange> getHistory() {
		if (history == null) {
			history = new EObjectContainmentEList<CodeChange>(CodeChange.class, this, AttunePackage.CODE__HISTORY);
		}
		return history;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String path() {
		return getParent() == null ? getName() : getParent().path() + "/" + getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AttunePackage.CODE__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
			case AttunePackage.CODE__PARENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetParent((Code)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AttunePackage.CODE__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case AttunePackage.CODE__PARENT:
				return basicSetParent(null, msgs);
			case AttunePackage.CODE__HISTORY:
				return ((InternalEList<?>)getHistory()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case AttunePackage.CODE__PARENT:
				return eInternalContainer().eInverseRemove(this, AttunePackage.CODE__CHILDREN, Code.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AttunePackage.CODE__NAME:
				return getName();
			case AttunePackage.CODE__COLOUR:
				return getColour();
			case AttunePackage.CODE__DEFINITION:
				return getDefinition();
			case AttunePackage.CODE__INCLUSION_CRITERIA:
				return getInclusionCriteria();
			case AttunePackage.CODE__EXCLUSION_CRITERIA:
				return getExclusionCriteria();
			case AttunePackage.CODE__EXAMPLE:
				return getExample();
			case AttunePackage.CODE__LEVEL:
				return getLevel();
			case AttunePackage.CODE__CHILDREN:
				return getChildren();
			case AttunePackage.CODE__PARENT:
				return getParent();
			case AttunePackage.CODE__HISTORY:
				return getHistory();
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
			case AttunePackage.CODE__NAME:
				setName((String)newValue);
				return;
			case AttunePackage.CODE__COLOUR:
				setColour((String)newValue);
				return;
			case AttunePackage.CODE__DEFINITION:
				setDefinition((String)newValue);
				return;
			case AttunePackage.CODE__INCLUSION_CRITERIA:
				setInclusionCriteria((String)newValue);
				return;
			case AttunePackage.CODE__EXCLUSION_CRITERIA:
				setExclusionCriteria((String)newValue);
				return;
			case AttunePackage.CODE__EXAMPLE:
				setExample((String)newValue);
				return;
			case AttunePackage.CODE__LEVEL:
				setLevel((AnalyticLevel)newValue);
				return;
			case AttunePackage.CODE__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Code>)newValue);
				return;
			case AttunePackage.CODE__PARENT:
				setParent((Code)newValue);
				return;
			case AttunePackage.CODE__HISTORY:
				getHistory().clear();
				getHistory().addAll((Collection<? extends CodeChange>)newValue);
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
			case AttunePackage.CODE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AttunePackage.CODE__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case AttunePackage.CODE__DEFINITION:
				setDefinition(DEFINITION_EDEFAULT);
				return;
			case AttunePackage.CODE__INCLUSION_CRITERIA:
				setInclusionCriteria(INCLUSION_CRITERIA_EDEFAULT);
				return;
			case AttunePackage.CODE__EXCLUSION_CRITERIA:
				setExclusionCriteria(EXCLUSION_CRITERIA_EDEFAULT);
				return;
			case AttunePackage.CODE__EXAMPLE:
				setExample(EXAMPLE_EDEFAULT);
				return;
			case AttunePackage.CODE__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case AttunePackage.CODE__CHILDREN:
				getChildren().clear();
				return;
			case AttunePackage.CODE__PARENT:
				setParent((Code)null);
				return;
			case AttunePackage.CODE__HISTORY:
				getHistory().clear();
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
			case AttunePackage.CODE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AttunePackage.CODE__COLOUR:
				return COLOUR_EDEFAULT == null ? colour != null : !COLOUR_EDEFAULT.equals(colour);
			case AttunePackage.CODE__DEFINITION:
				return DEFINITION_EDEFAULT == null ? definition != null : !DEFINITION_EDEFAULT.equals(definition);
			case AttunePackage.CODE__INCLUSION_CRITERIA:
				return INCLUSION_CRITERIA_EDEFAULT == null ? inclusionCriteria != null : !INCLUSION_CRITERIA_EDEFAULT.equals(inclusionCriteria);
			case AttunePackage.CODE__EXCLUSION_CRITERIA:
				return EXCLUSION_CRITERIA_EDEFAULT == null ? exclusionCriteria != null : !EXCLUSION_CRITERIA_EDEFAULT.equals(exclusionCriteria);
			case AttunePackage.CODE__EXAMPLE:
				return EXAMPLE_EDEFAULT == null ? example != null : !EXAMPLE_EDEFAULT.equals(example);
			case AttunePackage.CODE__LEVEL:
				return level != LEVEL_EDEFAULT;
			case AttunePackage.CODE__CHILDREN:
				return children != null && !children.isEmpty();
			case AttunePackage.CODE__PARENT:
				return getParent() != null;
			case AttunePackage.CODE__HISTORY:
				return history != null && !history.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case AttunePackage.CODE___PATH:
				return path();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", colour: ");
		result.append(colour);
		result.append(", definition: ");
		result.append(definition);
		result.append(", inclusionCriteria: ");
		result.append(inclusionCriteria);
		result.append(", exclusionCriteria: ");
		result.append(exclusionCriteria);
		result.append(", example: ");
		result.append(example);
		result.append(", level: ");
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //CodeImpl
