/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import java.util.Collection;
import java.util.Date;

import org.attune.model.AttributeDefinition;
import org.attune.model.AttunePackage;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.ElementLink;
import org.attune.model.ElementSet;
import org.attune.model.MatrixCellSummary;
import org.attune.model.Memo;
import org.attune.model.Project;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.Source;
import org.attune.model.SourceFolder;
import org.attune.model.User;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getSourceFolders <em>Source Folders</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getAttributeDefinitions <em>Attribute Definitions</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getCodes <em>Codes</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getMemos <em>Memos</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getRatingScales <em>Rating Scales</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getRatingSheets <em>Rating Sheets</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getSets <em>Sets</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link org.attune.model.impl.ProjectImpl#getCellSummaries <em>Cell Summaries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends MinimalEObjectImpl.Container implements Project {
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
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int SCHEMA_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected int schemaVersion = SCHEMA_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> settings;

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<User> users;

	/**
	 * The cached value of the '{@link #getSourceFolders() <em>Source Folders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFolders()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceFolder> sourceFolders;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getAttributeDefinitions() <em>Attribute Definitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeDefinitions()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeDefinition> attributeDefinitions;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> cases;

	/**
	 * The cached value of the '{@link #getCodes() <em>Codes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Code> codes;

	/**
	 * The cached value of the '{@link #getMemos() <em>Memos</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemos()
	 * @generated
	 * @ordered
	 */
	protected EList<Memo> memos;

	/**
	 * The cached value of the '{@link #getRatingScales() <em>Rating Scales</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatingScales()
	 * @generated
	 * @ordered
	 */
	protected EList<RatingScale> ratingScales;

	/**
	 * The cached value of the '{@link #getRatingSheets() <em>Rating Sheets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatingSheets()
	 * @generated
	 * @ordered
	 */
	protected EList<RatingSheet> ratingSheets;

	/**
	 * The cached value of the '{@link #getSets() <em>Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSets()
	 * @generated
	 * @ordered
	 */
	protected EList<ElementSet> sets;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<ElementLink> links;

	/**
	 * The cached value of the '{@link #getCellSummaries() <em>Cell Summaries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellSummaries()
	 * @generated
	 * @ordered
	 */
	protected EList<MatrixCellSummary> cellSummaries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttunePackage.Literals.PROJECT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.PROJECT__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.PROJECT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.PROJECT__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSchemaVersion() {
		return schemaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchemaVersion(int newSchemaVersion) {
		int oldSchemaVersion = schemaVersion;
		schemaVersion = newSchemaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.PROJECT__SCHEMA_VERSION, oldSchemaVersion, schemaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getSettings() {
		if (settings == null) {
			settings = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, AttunePackage.PROJECT__SETTINGS);
		}
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<User> getUsers() {
		if (users == null) {
			users = new EObjectContainmentEList<User>(User.class, this, AttunePackage.PROJECT__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceFolder> getSourceFolders() {
		if (sourceFolders == null) {
			sourceFolders = new EObjectContainmentEList<SourceFolder>(SourceFolder.class, this, AttunePackage.PROJECT__SOURCE_FOLDERS);
		}
		return sourceFolders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, AttunePackage.PROJECT__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeDefinition> getAttributeDefinitions() {
		if (attributeDefinitions == null) {
			attributeDefinitions = new EObjectContainmentEList<AttributeDefinition>(AttributeDefinition.class, this, AttunePackage.PROJECT__ATTRIBUTE_DEFINITIONS);
		}
		return attributeDefinitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList<Case>(Case.class, this, AttunePackage.PROJECT__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Code> getCodes() {
		if (codes == null) {
			codes = new EObjectContainmentEList<Code>(Code.class, this, AttunePackage.PROJECT__CODES);
		}
		return codes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Memo> getMemos() {
		if (memos == null) {
			memos = new EObjectContainmentEList<Memo>(Memo.class, this, AttunePackage.PROJECT__MEMOS);
		}
		return memos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RatingScale> getRatingScales() {
		if (ratingScales == null) {
			ratingScales = new EObjectContainmentEList<RatingScale>(RatingScale.class, this, AttunePackage.PROJECT__RATING_SCALES);
		}
		return ratingScales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RatingSheet> getRatingSheets() {
		if (ratingSheets == null) {
			ratingSheets = new EObjectContainmentEList<RatingSheet>(RatingSheet.class, this, AttunePackage.PROJECT__RATING_SHEETS);
		}
		return ratingSheets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ElementSet> getSets() {
		if (sets == null) {
			sets = new EObjectContainmentEList<ElementSet>(ElementSet.class, this, AttunePackage.PROJECT__SETS);
		}
		return sets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ElementLink> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<ElementLink>(ElementLink.class, this, AttunePackage.PROJECT__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MatrixCellSummary> getCellSummaries() {
		if (cellSummaries == null) {
			cellSummaries = new EObjectContainmentEList<MatrixCellSummary>(MatrixCellSummary.class, this, AttunePackage.PROJECT__CELL_SUMMARIES);
		}
		return cellSummaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AttunePackage.PROJECT__SETTINGS:
				return ((InternalEList<?>)getSettings()).basicRemove(otherEnd, msgs);
			case AttunePackage.PROJECT__USERS:
				return ((InternalEList<?>)getUsers()).basicRemove(otherEnd, msgs);
			case AttunePackage.PROJECT__SOURCE_FOLDERS:
				return ((InternalEList<?>)getSourceFolders()).basicRemove(otherEnd, msgs);
			case AttunePackage.PROJECT__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case AttunePackage.PROJECT__ATTRIBUTE_DEFINITIONS:
				return ((InternalEList<?>)getAttributeDefinitions()).basicRemove(otherEnd, msgs);
			case AttunePackage.PROJECT__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case AttunePackage.PROJECT__CODES:
				return ((InternalEList<?>)getCodes()).basicRemove(otherEnd, msgs);
			case AttunePackage.PROJECT__MEMOS:
				return ((InternalEList<?>)getMemos()).basicRemove(otherEnd, msgs);
			case AttunePackage.PROJECT__RATING_SCALES:
				return ((InternalEList<?>)getRatingScales()).basicRemove(otherEnd, msgs);
			case AttunePackage.PROJECT__RATING_SHEETS:
				return ((InternalEList<?>)getRatingSheets()).basicRemove(otherEnd, msgs);
			case AttunePackage.PROJECT__SETS:
				return ((InternalEList<?>)getSets()).basicRemove(otherEnd, msgs);
			case AttunePackage.PROJECT__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case AttunePackage.PROJECT__CELL_SUMMARIES:
				return ((InternalEList<?>)getCellSummaries()).basicRemove(otherEnd, msgs);
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
			case AttunePackage.PROJECT__NAME:
				return getName();
			case AttunePackage.PROJECT__DESCRIPTION:
				return getDescription();
			case AttunePackage.PROJECT__CREATED:
				return getCreated();
			case AttunePackage.PROJECT__SCHEMA_VERSION:
				return getSchemaVersion();
			case AttunePackage.PROJECT__SETTINGS:
				if (coreType) return getSettings();
				else return getSettings().map();
			case AttunePackage.PROJECT__USERS:
				return getUsers();
			case AttunePackage.PROJECT__SOURCE_FOLDERS:
				return getSourceFolders();
			case AttunePackage.PROJECT__SOURCES:
				return getSources();
			case AttunePackage.PROJECT__ATTRIBUTE_DEFINITIONS:
				return getAttributeDefinitions();
			case AttunePackage.PROJECT__CASES:
				return getCases();
			case AttunePackage.PROJECT__CODES:
				return getCodes();
			case AttunePackage.PROJECT__MEMOS:
				return getMemos();
			case AttunePackage.PROJECT__RATING_SCALES:
				return getRatingScales();
			case AttunePackage.PROJECT__RATING_SHEETS:
				return getRatingSheets();
			case AttunePackage.PROJECT__SETS:
				return getSets();
			case AttunePackage.PROJECT__LINKS:
				return getLinks();
			case AttunePackage.PROJECT__CELL_SUMMARIES:
				return getCellSummaries();
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
			case AttunePackage.PROJECT__NAME:
				setName((String)newValue);
				return;
			case AttunePackage.PROJECT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case AttunePackage.PROJECT__CREATED:
				setCreated((Date)newValue);
				return;
			case AttunePackage.PROJECT__SCHEMA_VERSION:
				setSchemaVersion((Integer)newValue);
				return;
			case AttunePackage.PROJECT__SETTINGS:
				((EStructuralFeature.Setting)getSettings()).set(newValue);
				return;
			case AttunePackage.PROJECT__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends User>)newValue);
				return;
			case AttunePackage.PROJECT__SOURCE_FOLDERS:
				getSourceFolders().clear();
				getSourceFolders().addAll((Collection<? extends SourceFolder>)newValue);
				return;
			case AttunePackage.PROJECT__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case AttunePackage.PROJECT__ATTRIBUTE_DEFINITIONS:
				getAttributeDefinitions().clear();
				getAttributeDefinitions().addAll((Collection<? extends AttributeDefinition>)newValue);
				return;
			case AttunePackage.PROJECT__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends Case>)newValue);
				return;
			case AttunePackage.PROJECT__CODES:
				getCodes().clear();
				getCodes().addAll((Collection<? extends Code>)newValue);
				return;
			case AttunePackage.PROJECT__MEMOS:
				getMemos().clear();
				getMemos().addAll((Collection<? extends Memo>)newValue);
				return;
			case AttunePackage.PROJECT__RATING_SCALES:
				getRatingScales().clear();
				getRatingScales().addAll((Collection<? extends RatingScale>)newValue);
				return;
			case AttunePackage.PROJECT__RATING_SHEETS:
				getRatingSheets().clear();
				getRatingSheets().addAll((Collection<? extends RatingSheet>)newValue);
				return;
			case AttunePackage.PROJECT__SETS:
				getSets().clear();
				getSets().addAll((Collection<? extends ElementSet>)newValue);
				return;
			case AttunePackage.PROJECT__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends ElementLink>)newValue);
				return;
			case AttunePackage.PROJECT__CELL_SUMMARIES:
				getCellSummaries().clear();
				getCellSummaries().addAll((Collection<? extends MatrixCellSummary>)newValue);
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
			case AttunePackage.PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AttunePackage.PROJECT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case AttunePackage.PROJECT__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case AttunePackage.PROJECT__SCHEMA_VERSION:
				setSchemaVersion(SCHEMA_VERSION_EDEFAULT);
				return;
			case AttunePackage.PROJECT__SETTINGS:
				getSettings().clear();
				return;
			case AttunePackage.PROJECT__USERS:
				getUsers().clear();
				return;
			case AttunePackage.PROJECT__SOURCE_FOLDERS:
				getSourceFolders().clear();
				return;
			case AttunePackage.PROJECT__SOURCES:
				getSources().clear();
				return;
			case AttunePackage.PROJECT__ATTRIBUTE_DEFINITIONS:
				getAttributeDefinitions().clear();
				return;
			case AttunePackage.PROJECT__CASES:
				getCases().clear();
				return;
			case AttunePackage.PROJECT__CODES:
				getCodes().clear();
				return;
			case AttunePackage.PROJECT__MEMOS:
				getMemos().clear();
				return;
			case AttunePackage.PROJECT__RATING_SCALES:
				getRatingScales().clear();
				return;
			case AttunePackage.PROJECT__RATING_SHEETS:
				getRatingSheets().clear();
				return;
			case AttunePackage.PROJECT__SETS:
				getSets().clear();
				return;
			case AttunePackage.PROJECT__LINKS:
				getLinks().clear();
				return;
			case AttunePackage.PROJECT__CELL_SUMMARIES:
				getCellSummaries().clear();
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
			case AttunePackage.PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AttunePackage.PROJECT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case AttunePackage.PROJECT__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case AttunePackage.PROJECT__SCHEMA_VERSION:
				return schemaVersion != SCHEMA_VERSION_EDEFAULT;
			case AttunePackage.PROJECT__SETTINGS:
				return settings != null && !settings.isEmpty();
			case AttunePackage.PROJECT__USERS:
				return users != null && !users.isEmpty();
			case AttunePackage.PROJECT__SOURCE_FOLDERS:
				return sourceFolders != null && !sourceFolders.isEmpty();
			case AttunePackage.PROJECT__SOURCES:
				return sources != null && !sources.isEmpty();
			case AttunePackage.PROJECT__ATTRIBUTE_DEFINITIONS:
				return attributeDefinitions != null && !attributeDefinitions.isEmpty();
			case AttunePackage.PROJECT__CASES:
				return cases != null && !cases.isEmpty();
			case AttunePackage.PROJECT__CODES:
				return codes != null && !codes.isEmpty();
			case AttunePackage.PROJECT__MEMOS:
				return memos != null && !memos.isEmpty();
			case AttunePackage.PROJECT__RATING_SCALES:
				return ratingScales != null && !ratingScales.isEmpty();
			case AttunePackage.PROJECT__RATING_SHEETS:
				return ratingSheets != null && !ratingSheets.isEmpty();
			case AttunePackage.PROJECT__SETS:
				return sets != null && !sets.isEmpty();
			case AttunePackage.PROJECT__LINKS:
				return links != null && !links.isEmpty();
			case AttunePackage.PROJECT__CELL_SUMMARIES:
				return cellSummaries != null && !cellSummaries.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(", created: ");
		result.append(created);
		result.append(", schemaVersion: ");
		result.append(schemaVersion);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
