/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import java.util.Collection;
import java.util.Date;

import org.attune.model.AttributeValue;
import org.attune.model.AttunePackage;
import org.attune.model.Case;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.SourceFolder;
import org.attune.model.StorageMode;

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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.SourceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.impl.SourceImpl#getFolder <em>Folder</em>}</li>
 *   <li>{@link org.attune.model.impl.SourceImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.attune.model.impl.SourceImpl#getOriginalPath <em>Original Path</em>}</li>
 *   <li>{@link org.attune.model.impl.SourceImpl#getStoredPath <em>Stored Path</em>}</li>
 *   <li>{@link org.attune.model.impl.SourceImpl#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.attune.model.impl.SourceImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.attune.model.impl.SourceImpl#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.attune.model.impl.SourceImpl#getImportMetadata <em>Import Metadata</em>}</li>
 *   <li>{@link org.attune.model.impl.SourceImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.attune.model.impl.SourceImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link org.attune.model.impl.SourceImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.attune.model.impl.SourceImpl#getCodings <em>Codings</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class SourceImpl extends ElementImpl implements Source {
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
	 * The cached value of the '{@link #getFolder() <em>Folder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolder()
	 * @generated
	 * @ordered
	 */
	protected SourceFolder folder;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalPath() <em>Original Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalPath()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalPath() <em>Original Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalPath()
	 * @generated
	 * @ordered
	 */
	protected String originalPath = ORIGINAL_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStoredPath() <em>Stored Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoredPath()
	 * @generated
	 * @ordered
	 */
	protected static final String STORED_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStoredPath() <em>Stored Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoredPath()
	 * @generated
	 * @ordered
	 */
	protected String storedPath = STORED_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorage() <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorage()
	 * @generated
	 * @ordered
	 */
	protected static final StorageMode STORAGE_EDEFAULT = StorageMode.COPIED;

	/**
	 * The cached value of the '{@link #getStorage() <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorage()
	 * @generated
	 * @ordered
	 */
	protected StorageMode storage = STORAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date IMPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected Date importedAt = IMPORTED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getImportMetadata() <em>Import Metadata</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportMetadata()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> importMetadata;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final int POSITION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected int position = POSITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> cases;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeValue> values;

	/**
	 * The cached value of the '{@link #getCodings() <em>Codings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodings()
	 * @generated
	 * @ordered
	 */
	protected EList<Coding> codings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttunePackage.Literals.SOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SOURCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceFolder getFolder() {
		if (folder != null && folder.eIsProxy()) {
			InternalEObject oldFolder = (InternalEObject)folder;
			folder = (SourceFolder)eResolveProxy(oldFolder);
			if (folder != oldFolder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AttunePackage.SOURCE__FOLDER, oldFolder, folder));
			}
		}
		return folder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceFolder basicGetFolder() {
		return folder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFolder(SourceFolder newFolder, NotificationChain msgs) {
		SourceFolder oldFolder = folder;
		folder = newFolder;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AttunePackage.SOURCE__FOLDER, oldFolder, newFolder);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolder(SourceFolder newFolder) {
		if (newFolder != folder) {
			NotificationChain msgs = null;
			if (folder != null)
				msgs = ((InternalEObject)folder).eInverseRemove(this, AttunePackage.SOURCE_FOLDER__SOURCES, SourceFolder.class, msgs);
			if (newFolder != null)
				msgs = ((InternalEObject)newFolder).eInverseAdd(this, AttunePackage.SOURCE_FOLDER__SOURCES, SourceFolder.class, msgs);
			msgs = basicSetFolder(newFolder, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SOURCE__FOLDER, newFolder, newFolder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SOURCE__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalPath() {
		return originalPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalPath(String newOriginalPath) {
		String oldOriginalPath = originalPath;
		originalPath = newOriginalPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SOURCE__ORIGINAL_PATH, oldOriginalPath, originalPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStoredPath() {
		return storedPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStoredPath(String newStoredPath) {
		String oldStoredPath = storedPath;
		storedPath = newStoredPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SOURCE__STORED_PATH, oldStoredPath, storedPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageMode getStorage() {
		return storage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorage(StorageMode newStorage) {
		StorageMode oldStorage = storage;
		storage = newStorage == null ? STORAGE_EDEFAULT : newStorage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SOURCE__STORAGE, oldStorage, storage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SOURCE__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getImportedAt() {
		return importedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedAt(Date newImportedAt) {
		Date oldImportedAt = importedAt;
		importedAt = newImportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SOURCE__IMPORTED_AT, oldImportedAt, importedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getImportMetadata() {
		if (importMetadata == null) {
			importMetadata = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, AttunePackage.SOURCE__IMPORT_METADATA);
		}
		return importMetadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(int newPosition) {
		int oldPosition = position;
		position = newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.SOURCE__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getCases() {
		if (cases == null) {
			cases = new EObjectWithInverseResolvingEList.ManyInverse<Case>(Case.class, this, AttunePackage.SOURCE__CASES, AttunePackage.CASE__SOURCES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<AttributeValue>(AttributeValue.class, this, AttunePackage.SOURCE__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Coding> getCodings() {
		if (codings == null) {
			codings = new EObjectContainmentWithInverseEList<Coding>(Coding.class, this, AttunePackage.SOURCE__CODINGS, AttunePackage.CODING__SOURCE);
		}
		return codings;
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
			case AttunePackage.SOURCE__FOLDER:
				if (folder != null)
					msgs = ((InternalEObject)folder).eInverseRemove(this, AttunePackage.SOURCE_FOLDER__SOURCES, SourceFolder.class, msgs);
				return basicSetFolder((SourceFolder)otherEnd, msgs);
			case AttunePackage.SOURCE__CASES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getCases()).basicAdd(otherEnd, msgs);
			case AttunePackage.SOURCE__CODINGS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getCodings()).basicAdd(otherEnd, msgs);
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
			case AttunePackage.SOURCE__FOLDER:
				return basicSetFolder(null, msgs);
			case AttunePackage.SOURCE__IMPORT_METADATA:
				return ((InternalEList<?>)getImportMetadata()).basicRemove(otherEnd, msgs);
			case AttunePackage.SOURCE__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case AttunePackage.SOURCE__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
			case AttunePackage.SOURCE__CODINGS:
				return ((InternalEList<?>)getCodings()).basicRemove(otherEnd, msgs);
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
			case AttunePackage.SOURCE__NAME:
				return getName();
			case AttunePackage.SOURCE__FOLDER:
				if (resolve) return getFolder();
				return basicGetFolder();
			case AttunePackage.SOURCE__LANGUAGE:
				return getLanguage();
			case AttunePackage.SOURCE__ORIGINAL_PATH:
				return getOriginalPath();
			case AttunePackage.SOURCE__STORED_PATH:
				return getStoredPath();
			case AttunePackage.SOURCE__STORAGE:
				return getStorage();
			case AttunePackage.SOURCE__CONTENT_HASH:
				return getContentHash();
			case AttunePackage.SOURCE__IMPORTED_AT:
				return getImportedAt();
			case AttunePackage.SOURCE__IMPORT_METADATA:
				if (coreType) return getImportMetadata();
				else return getImportMetadata().map();
			case AttunePackage.SOURCE__POSITION:
				return getPosition();
			case AttunePackage.SOURCE__CASES:
				return getCases();
			case AttunePackage.SOURCE__VALUES:
				return getValues();
			case AttunePackage.SOURCE__CODINGS:
				return getCodings();
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
			case AttunePackage.SOURCE__NAME:
				setName((String)newValue);
				return;
			case AttunePackage.SOURCE__FOLDER:
				setFolder((SourceFolder)newValue);
				return;
			case AttunePackage.SOURCE__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case AttunePackage.SOURCE__ORIGINAL_PATH:
				setOriginalPath((String)newValue);
				return;
			case AttunePackage.SOURCE__STORED_PATH:
				setStoredPath((String)newValue);
				return;
			case AttunePackage.SOURCE__STORAGE:
				setStorage((StorageMode)newValue);
				return;
			case AttunePackage.SOURCE__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case AttunePackage.SOURCE__IMPORTED_AT:
				setImportedAt((Date)newValue);
				return;
			case AttunePackage.SOURCE__IMPORT_METADATA:
				((EStructuralFeature.Setting)getImportMetadata()).set(newValue);
				return;
			case AttunePackage.SOURCE__POSITION:
				setPosition((Integer)newValue);
				return;
			case AttunePackage.SOURCE__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends Case>)newValue);
				return;
			case AttunePackage.SOURCE__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends AttributeValue>)newValue);
				return;
			case AttunePackage.SOURCE__CODINGS:
				getCodings().clear();
				getCodings().addAll((Collection<? extends Coding>)newValue);
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
			case AttunePackage.SOURCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AttunePackage.SOURCE__FOLDER:
				setFolder((SourceFolder)null);
				return;
			case AttunePackage.SOURCE__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case AttunePackage.SOURCE__ORIGINAL_PATH:
				setOriginalPath(ORIGINAL_PATH_EDEFAULT);
				return;
			case AttunePackage.SOURCE__STORED_PATH:
				setStoredPath(STORED_PATH_EDEFAULT);
				return;
			case AttunePackage.SOURCE__STORAGE:
				setStorage(STORAGE_EDEFAULT);
				return;
			case AttunePackage.SOURCE__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case AttunePackage.SOURCE__IMPORTED_AT:
				setImportedAt(IMPORTED_AT_EDEFAULT);
				return;
			case AttunePackage.SOURCE__IMPORT_METADATA:
				getImportMetadata().clear();
				return;
			case AttunePackage.SOURCE__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case AttunePackage.SOURCE__CASES:
				getCases().clear();
				return;
			case AttunePackage.SOURCE__VALUES:
				getValues().clear();
				return;
			case AttunePackage.SOURCE__CODINGS:
				getCodings().clear();
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
			case AttunePackage.SOURCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AttunePackage.SOURCE__FOLDER:
				return folder != null;
			case AttunePackage.SOURCE__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case AttunePackage.SOURCE__ORIGINAL_PATH:
				return ORIGINAL_PATH_EDEFAULT == null ? originalPath != null : !ORIGINAL_PATH_EDEFAULT.equals(originalPath);
			case AttunePackage.SOURCE__STORED_PATH:
				return STORED_PATH_EDEFAULT == null ? storedPath != null : !STORED_PATH_EDEFAULT.equals(storedPath);
			case AttunePackage.SOURCE__STORAGE:
				return storage != STORAGE_EDEFAULT;
			case AttunePackage.SOURCE__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case AttunePackage.SOURCE__IMPORTED_AT:
				return IMPORTED_AT_EDEFAULT == null ? importedAt != null : !IMPORTED_AT_EDEFAULT.equals(importedAt);
			case AttunePackage.SOURCE__IMPORT_METADATA:
				return importMetadata != null && !importMetadata.isEmpty();
			case AttunePackage.SOURCE__POSITION:
				return position != POSITION_EDEFAULT;
			case AttunePackage.SOURCE__CASES:
				return cases != null && !cases.isEmpty();
			case AttunePackage.SOURCE__VALUES:
				return values != null && !values.isEmpty();
			case AttunePackage.SOURCE__CODINGS:
				return codings != null && !codings.isEmpty();
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
		result.append(", language: ");
		result.append(language);
		result.append(", originalPath: ");
		result.append(originalPath);
		result.append(", storedPath: ");
		result.append(storedPath);
		result.append(", storage: ");
		result.append(storage);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(", importedAt: ");
		result.append(importedAt);
		result.append(", position: ");
		result.append(position);
		result.append(')');
		return result.toString();
	}

} //SourceImpl
