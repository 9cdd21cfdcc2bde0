/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Attune's domain model: the one definition of its types. Features annotated urn:attune:store load=lazy are read from the store only when first needed. Java code in src-gen/ is generated from it (see releng/model-generator).
 * <!-- end-model-doc -->
 * @see org.attune.model.AttuneFactory
 * @model kind="package"
 * @generated
 */
public interface AttunePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:attune:model:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "attune";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AttunePackage eINSTANCE = org.attune.model.impl.AttunePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.attune.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.ElementImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__CREATED_AT = 1;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__CREATED_BY = 2;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__MODIFIED_AT = 3;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.ProjectImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CREATED = 2;

	/**
	 * The feature id for the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SCHEMA_VERSION = 3;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SETTINGS = 4;

	/**
	 * The feature id for the '<em><b>Users</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__USERS = 5;

	/**
	 * The feature id for the '<em><b>Source Folders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SOURCE_FOLDERS = 6;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SOURCES = 7;

	/**
	 * The feature id for the '<em><b>Attribute Definitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ATTRIBUTE_DEFINITIONS = 8;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CASES = 9;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CODES = 10;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__MEMOS = 11;

	/**
	 * The feature id for the '<em><b>Rating Scales</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RATING_SCALES = 12;

	/**
	 * The feature id for the '<em><b>Rating Sheets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RATING_SHEETS = 13;

	/**
	 * The feature id for the '<em><b>Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SETS = 14;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__LINKS = 15;

	/**
	 * The feature id for the '<em><b>Cell Summaries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CELL_SUMMARIES = 16;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.UserImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getUser()
	 * @generated
	 */
	int USER = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__INITIALS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__COLOUR = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.SourceFolderImpl <em>Source Folder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.SourceFolderImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getSourceFolder()
	 * @generated
	 */
	int SOURCE_FOLDER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FOLDER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FOLDER__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FOLDER__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FOLDER__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FOLDER__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FOLDER__CHILDREN = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FOLDER__PARENT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FOLDER__SOURCES = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Source Folder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FOLDER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Source Folder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FOLDER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.SourceImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__FOLDER = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__LANGUAGE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ORIGINAL_PATH = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Stored Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__STORED_PATH = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__STORAGE = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CONTENT_HASH = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__IMPORTED_AT = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Import Metadata</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__IMPORT_METADATA = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__POSITION = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CASES = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__VALUES = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Codings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CODINGS = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.TextSourceImpl <em>Text Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.TextSourceImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getTextSource()
	 * @generated
	 */
	int TEXT_SOURCE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__ID = SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__CREATED_AT = SOURCE__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__CREATED_BY = SOURCE__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__MODIFIED_AT = SOURCE__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__NAME = SOURCE__NAME;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__FOLDER = SOURCE__FOLDER;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__LANGUAGE = SOURCE__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__ORIGINAL_PATH = SOURCE__ORIGINAL_PATH;

	/**
	 * The feature id for the '<em><b>Stored Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__STORED_PATH = SOURCE__STORED_PATH;

	/**
	 * The feature id for the '<em><b>Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__STORAGE = SOURCE__STORAGE;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__CONTENT_HASH = SOURCE__CONTENT_HASH;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__IMPORTED_AT = SOURCE__IMPORTED_AT;

	/**
	 * The feature id for the '<em><b>Import Metadata</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__IMPORT_METADATA = SOURCE__IMPORT_METADATA;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__POSITION = SOURCE__POSITION;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__CASES = SOURCE__CASES;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__VALUES = SOURCE__VALUES;

	/**
	 * The feature id for the '<em><b>Codings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__CODINGS = SOURCE__CODINGS;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__LENGTH = SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Turns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__TURNS = SOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sync Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__SYNC_POINTS = SOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Media</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE__MEDIA = SOURCE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Text Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE_FEATURE_COUNT = SOURCE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Text Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SOURCE_OPERATION_COUNT = SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.MediaSourceImpl <em>Media Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.MediaSourceImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getMediaSource()
	 * @generated
	 */
	int MEDIA_SOURCE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__ID = SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__CREATED_AT = SOURCE__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__CREATED_BY = SOURCE__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__MODIFIED_AT = SOURCE__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__NAME = SOURCE__NAME;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__FOLDER = SOURCE__FOLDER;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__LANGUAGE = SOURCE__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__ORIGINAL_PATH = SOURCE__ORIGINAL_PATH;

	/**
	 * The feature id for the '<em><b>Stored Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__STORED_PATH = SOURCE__STORED_PATH;

	/**
	 * The feature id for the '<em><b>Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__STORAGE = SOURCE__STORAGE;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__CONTENT_HASH = SOURCE__CONTENT_HASH;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__IMPORTED_AT = SOURCE__IMPORTED_AT;

	/**
	 * The feature id for the '<em><b>Import Metadata</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__IMPORT_METADATA = SOURCE__IMPORT_METADATA;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__POSITION = SOURCE__POSITION;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__CASES = SOURCE__CASES;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__VALUES = SOURCE__VALUES;

	/**
	 * The feature id for the '<em><b>Codings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__CODINGS = SOURCE__CODINGS;

	/**
	 * The feature id for the '<em><b>Duration Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__DURATION_MS = SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mime Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__MIME_TYPE = SOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Audio Codec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__AUDIO_CODEC = SOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__CHANNELS = SOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sample Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE__SAMPLE_RATE = SOURCE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Media Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE_FEATURE_COUNT = SOURCE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Media Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_SOURCE_OPERATION_COUNT = SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.AudioSourceImpl <em>Audio Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.AudioSourceImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getAudioSource()
	 * @generated
	 */
	int AUDIO_SOURCE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__ID = MEDIA_SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__CREATED_AT = MEDIA_SOURCE__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__CREATED_BY = MEDIA_SOURCE__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__MODIFIED_AT = MEDIA_SOURCE__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__NAME = MEDIA_SOURCE__NAME;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__FOLDER = MEDIA_SOURCE__FOLDER;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__LANGUAGE = MEDIA_SOURCE__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__ORIGINAL_PATH = MEDIA_SOURCE__ORIGINAL_PATH;

	/**
	 * The feature id for the '<em><b>Stored Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__STORED_PATH = MEDIA_SOURCE__STORED_PATH;

	/**
	 * The feature id for the '<em><b>Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__STORAGE = MEDIA_SOURCE__STORAGE;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__CONTENT_HASH = MEDIA_SOURCE__CONTENT_HASH;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__IMPORTED_AT = MEDIA_SOURCE__IMPORTED_AT;

	/**
	 * The feature id for the '<em><b>Import Metadata</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__IMPORT_METADATA = MEDIA_SOURCE__IMPORT_METADATA;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__POSITION = MEDIA_SOURCE__POSITION;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__CASES = MEDIA_SOURCE__CASES;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__VALUES = MEDIA_SOURCE__VALUES;

	/**
	 * The feature id for the '<em><b>Codings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__CODINGS = MEDIA_SOURCE__CODINGS;

	/**
	 * The feature id for the '<em><b>Duration Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__DURATION_MS = MEDIA_SOURCE__DURATION_MS;

	/**
	 * The feature id for the '<em><b>Mime Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__MIME_TYPE = MEDIA_SOURCE__MIME_TYPE;

	/**
	 * The feature id for the '<em><b>Audio Codec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__AUDIO_CODEC = MEDIA_SOURCE__AUDIO_CODEC;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__CHANNELS = MEDIA_SOURCE__CHANNELS;

	/**
	 * The feature id for the '<em><b>Sample Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE__SAMPLE_RATE = MEDIA_SOURCE__SAMPLE_RATE;

	/**
	 * The number of structural features of the '<em>Audio Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE_FEATURE_COUNT = MEDIA_SOURCE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Audio Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIO_SOURCE_OPERATION_COUNT = MEDIA_SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.VideoSourceImpl <em>Video Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.VideoSourceImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getVideoSource()
	 * @generated
	 */
	int VIDEO_SOURCE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__ID = MEDIA_SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__CREATED_AT = MEDIA_SOURCE__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__CREATED_BY = MEDIA_SOURCE__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__MODIFIED_AT = MEDIA_SOURCE__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__NAME = MEDIA_SOURCE__NAME;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__FOLDER = MEDIA_SOURCE__FOLDER;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__LANGUAGE = MEDIA_SOURCE__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__ORIGINAL_PATH = MEDIA_SOURCE__ORIGINAL_PATH;

	/**
	 * The feature id for the '<em><b>Stored Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__STORED_PATH = MEDIA_SOURCE__STORED_PATH;

	/**
	 * The feature id for the '<em><b>Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__STORAGE = MEDIA_SOURCE__STORAGE;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__CONTENT_HASH = MEDIA_SOURCE__CONTENT_HASH;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__IMPORTED_AT = MEDIA_SOURCE__IMPORTED_AT;

	/**
	 * The feature id for the '<em><b>Import Metadata</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__IMPORT_METADATA = MEDIA_SOURCE__IMPORT_METADATA;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__POSITION = MEDIA_SOURCE__POSITION;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__CASES = MEDIA_SOURCE__CASES;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__VALUES = MEDIA_SOURCE__VALUES;

	/**
	 * The feature id for the '<em><b>Codings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__CODINGS = MEDIA_SOURCE__CODINGS;

	/**
	 * The feature id for the '<em><b>Duration Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__DURATION_MS = MEDIA_SOURCE__DURATION_MS;

	/**
	 * The feature id for the '<em><b>Mime Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__MIME_TYPE = MEDIA_SOURCE__MIME_TYPE;

	/**
	 * The feature id for the '<em><b>Audio Codec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__AUDIO_CODEC = MEDIA_SOURCE__AUDIO_CODEC;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__CHANNELS = MEDIA_SOURCE__CHANNELS;

	/**
	 * The feature id for the '<em><b>Sample Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__SAMPLE_RATE = MEDIA_SOURCE__SAMPLE_RATE;

	/**
	 * The feature id for the '<em><b>Video Codec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__VIDEO_CODEC = MEDIA_SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__WIDTH = MEDIA_SOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__HEIGHT = MEDIA_SOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Frame Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE__FRAME_RATE = MEDIA_SOURCE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Video Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE_FEATURE_COUNT = MEDIA_SOURCE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Video Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_SOURCE_OPERATION_COUNT = MEDIA_SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.ImageSourceImpl <em>Image Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.ImageSourceImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getImageSource()
	 * @generated
	 */
	int IMAGE_SOURCE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__ID = SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__CREATED_AT = SOURCE__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__CREATED_BY = SOURCE__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__MODIFIED_AT = SOURCE__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__NAME = SOURCE__NAME;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__FOLDER = SOURCE__FOLDER;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__LANGUAGE = SOURCE__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__ORIGINAL_PATH = SOURCE__ORIGINAL_PATH;

	/**
	 * The feature id for the '<em><b>Stored Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__STORED_PATH = SOURCE__STORED_PATH;

	/**
	 * The feature id for the '<em><b>Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__STORAGE = SOURCE__STORAGE;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__CONTENT_HASH = SOURCE__CONTENT_HASH;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__IMPORTED_AT = SOURCE__IMPORTED_AT;

	/**
	 * The feature id for the '<em><b>Import Metadata</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__IMPORT_METADATA = SOURCE__IMPORT_METADATA;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__POSITION = SOURCE__POSITION;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__CASES = SOURCE__CASES;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__VALUES = SOURCE__VALUES;

	/**
	 * The feature id for the '<em><b>Codings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__CODINGS = SOURCE__CODINGS;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__WIDTH = SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__HEIGHT = SOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Taken At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE__TAKEN_AT = SOURCE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Image Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE_FEATURE_COUNT = SOURCE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Image Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SOURCE_OPERATION_COUNT = SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.SpeakerTurnImpl <em>Speaker Turn</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.SpeakerTurnImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getSpeakerTurn()
	 * @generated
	 */
	int SPEAKER_TURN = 10;

	/**
	 * The feature id for the '<em><b>Speaker</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN__SPEAKER = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN__START = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN__END = 2;

	/**
	 * The feature id for the '<em><b>Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN__CASE = 3;

	/**
	 * The number of structural features of the '<em>Speaker Turn</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Speaker Turn</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_TURN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.SyncPointImpl <em>Sync Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.SyncPointImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getSyncPoint()
	 * @generated
	 */
	int SYNC_POINT = 11;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_POINT__OFFSET = 0;

	/**
	 * The feature id for the '<em><b>Time Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_POINT__TIME_MS = 1;

	/**
	 * The number of structural features of the '<em>Sync Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_POINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Sync Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.AttributeDefinitionImpl <em>Attribute Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.AttributeDefinitionImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getAttributeDefinition()
	 * @generated
	 */
	int ATTRIBUTE_DEFINITION = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__TYPE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__CHOICES = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__DESCRIPTION = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>For Sources</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__FOR_SOURCES = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Attribute Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Attribute Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.CaseImpl <em>Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.CaseImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getCase()
	 * @generated
	 */
	int CASE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ROLE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__DESCRIPTION = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__VALUES = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SOURCES = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.AttributeValueImpl <em>Attribute Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.AttributeValueImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getAttributeValue()
	 * @generated
	 */
	int ATTRIBUTE_VALUE = 14;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE__DEFINITION = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Attribute Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Attribute Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.CodeImpl <em>Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.CodeImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getCode()
	 * @generated
	 */
	int CODE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__COLOUR = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__DEFINITION = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Inclusion Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__INCLUSION_CRITERIA = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Exclusion Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__EXCLUSION_CRITERIA = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__EXAMPLE = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__LEVEL = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__CHILDREN = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__PARENT = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__HISTORY = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The operation id for the '<em>Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE___PATH = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.CodeChangeImpl <em>Code Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.CodeChangeImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getCodeChange()
	 * @generated
	 */
	int CODE_CHANGE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_CHANGE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_CHANGE__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_CHANGE__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_CHANGE__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_CHANGE__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_CHANGE__DESCRIPTION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Related Code Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_CHANGE__RELATED_CODE_IDS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Code Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_CHANGE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Code Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_CHANGE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.CodingImpl <em>Coding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.CodingImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getCoding()
	 * @generated
	 */
	int CODING = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__CODE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__SOURCE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Selection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__SELECTION = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__WEIGHT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING__NOTE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Coding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Start</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING___START = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>End</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING___END = ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Coding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODING_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.SelectionImpl <em>Selection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.SelectionImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getSelection()
	 * @generated
	 */
	int SELECTION = 18;

	/**
	 * The number of structural features of the '<em>Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.TextSelectionImpl <em>Text Selection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.TextSelectionImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getTextSelection()
	 * @generated
	 */
	int TEXT_SELECTION = 19;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION__START = SELECTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION__END = SELECTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Text Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION_FEATURE_COUNT = SELECTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Text Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_SELECTION_OPERATION_COUNT = SELECTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.TimeSelectionImpl <em>Time Selection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.TimeSelectionImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getTimeSelection()
	 * @generated
	 */
	int TIME_SELECTION = 20;

	/**
	 * The feature id for the '<em><b>Start Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_SELECTION__START_MS = SELECTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_SELECTION__END_MS = SELECTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Time Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_SELECTION_FEATURE_COUNT = SELECTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Time Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_SELECTION_OPERATION_COUNT = SELECTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.RegionSelectionImpl <em>Region Selection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.RegionSelectionImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getRegionSelection()
	 * @generated
	 */
	int REGION_SELECTION = 21;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_SELECTION__X = SELECTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_SELECTION__Y = SELECTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_SELECTION__WIDTH = SELECTION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_SELECTION__HEIGHT = SELECTION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Region Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_SELECTION_FEATURE_COUNT = SELECTION_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Region Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_SELECTION_OPERATION_COUNT = SELECTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.MemoImpl <em>Memo</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.MemoImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getMemo()
	 * @generated
	 */
	int MEMO = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__TITLE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__TEXT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__KIND = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>About</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__ABOUT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Memo</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Memo</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.RatingScaleImpl <em>Rating Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.RatingScaleImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getRatingScale()
	 * @generated
	 */
	int RATING_SCALE = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__VERSION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__DESCRIPTION = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Allow Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__ALLOW_NOT_APPLICABLE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__LEVELS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__ITEMS = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Rating Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Rating Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.ScaleLevelImpl <em>Scale Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.ScaleLevelImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getScaleLevel()
	 * @generated
	 */
	int SCALE_LEVEL = 24;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Scale Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Scale Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.ScaleItemImpl <em>Scale Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.ScaleItemImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getScaleItem()
	 * @generated
	 */
	int SCALE_ITEM = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ITEM__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ITEM__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ITEM__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ITEM__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ITEM__NUMBER = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ITEM__TITLE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Key Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ITEM__KEY_FEATURES = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Not Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ITEM__NOT_USED = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sub Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ITEM__SUB_ITEMS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Scale Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ITEM_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Scale Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ITEM_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.ScaleSubItemImpl <em>Scale Sub Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.ScaleSubItemImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getScaleSubItem()
	 * @generated
	 */
	int SCALE_SUB_ITEM = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_SUB_ITEM__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_SUB_ITEM__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_SUB_ITEM__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_SUB_ITEM__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_SUB_ITEM__NUMBER = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_SUB_ITEM__TEXT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Allow Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_SUB_ITEM__ALLOW_NOT_APPLICABLE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Scale Sub Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_SUB_ITEM_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Scale Sub Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_SUB_ITEM_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.RatingSheetImpl <em>Rating Sheet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.RatingSheetImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getRatingSheet()
	 * @generated
	 */
	int RATING_SHEET = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__SCALE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Recording</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__RECORDING = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__STATUS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__SUBMITTED_AT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Practitioner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__PRACTITIONER = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__CONDITION = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Consensus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__CONSENSUS = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Based On</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__BASED_ON = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Decision Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__DECISION_NOTE = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__SCORES = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Revisions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET__REVISIONS = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Rating Sheet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Rating Sheet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SHEET_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.ScoreImpl <em>Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.ScoreImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getScore()
	 * @generated
	 */
	int SCORE = 28;

	/**
	 * The feature id for the '<em><b>Sub Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__SUB_ITEM = 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__STATE = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__NOTE = 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__EVIDENCE = 4;

	/**
	 * The number of structural features of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.ElementSetImpl <em>Element Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.ElementSetImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getElementSet()
	 * @generated
	 */
	int ELEMENT_SET = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SET__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SET__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SET__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SET__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SET__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SET__DESCRIPTION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SET__MEMBERS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Element Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SET_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Element Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SET_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.ElementLinkImpl <em>Element Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.ElementLinkImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getElementLink()
	 * @generated
	 */
	int ELEMENT_LINK = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LINK__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LINK__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LINK__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LINK__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LINK__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LINK__DIRECTION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LINK__COLOUR = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LINK__ORIGIN = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LINK__TARGET = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Element Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LINK_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Element Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_LINK_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.impl.MatrixCellSummaryImpl <em>Matrix Cell Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.impl.MatrixCellSummaryImpl
	 * @see org.attune.model.impl.AttunePackageImpl#getMatrixCellSummary()
	 * @generated
	 */
	int MATRIX_CELL_SUMMARY = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL_SUMMARY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL_SUMMARY__CREATED_AT = ELEMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL_SUMMARY__CREATED_BY = ELEMENT__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL_SUMMARY__MODIFIED_AT = ELEMENT__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL_SUMMARY__CODE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL_SUMMARY__CASE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL_SUMMARY__TEXT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Matrix Cell Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL_SUMMARY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Matrix Cell Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL_SUMMARY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attune.model.AnalyticLevel <em>Analytic Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.AnalyticLevel
	 * @see org.attune.model.impl.AttunePackageImpl#getAnalyticLevel()
	 * @generated
	 */
	int ANALYTIC_LEVEL = 32;

	/**
	 * The meta object id for the '{@link org.attune.model.AttributeType <em>Attribute Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.AttributeType
	 * @see org.attune.model.impl.AttunePackageImpl#getAttributeType()
	 * @generated
	 */
	int ATTRIBUTE_TYPE = 33;

	/**
	 * The meta object id for the '{@link org.attune.model.MemoKind <em>Memo Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.MemoKind
	 * @see org.attune.model.impl.AttunePackageImpl#getMemoKind()
	 * @generated
	 */
	int MEMO_KIND = 34;

	/**
	 * The meta object id for the '{@link org.attune.model.CodeChangeKind <em>Code Change Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.CodeChangeKind
	 * @see org.attune.model.impl.AttunePackageImpl#getCodeChangeKind()
	 * @generated
	 */
	int CODE_CHANGE_KIND = 35;

	/**
	 * The meta object id for the '{@link org.attune.model.StorageMode <em>Storage Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.StorageMode
	 * @see org.attune.model.impl.AttunePackageImpl#getStorageMode()
	 * @generated
	 */
	int STORAGE_MODE = 36;

	/**
	 * The meta object id for the '{@link org.attune.model.SheetStatus <em>Sheet Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.SheetStatus
	 * @see org.attune.model.impl.AttunePackageImpl#getSheetStatus()
	 * @generated
	 */
	int SHEET_STATUS = 37;

	/**
	 * The meta object id for the '{@link org.attune.model.ScoreState <em>Score State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.ScoreState
	 * @see org.attune.model.impl.AttunePackageImpl#getScoreState()
	 * @generated
	 */
	int SCORE_STATE = 38;

	/**
	 * The meta object id for the '{@link org.attune.model.LinkDirection <em>Link Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attune.model.LinkDirection
	 * @see org.attune.model.impl.AttunePackageImpl#getLinkDirection()
	 * @generated
	 */
	int LINK_DIRECTION = 39;


	/**
	 * Returns the meta object for class '{@link org.attune.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.attune.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Element#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.attune.model.Element#getId()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Element#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.attune.model.Element#getCreatedAt()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_CreatedAt();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.Element#getCreatedBy <em>Created By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Created By</em>'.
	 * @see org.attune.model.Element#getCreatedBy()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_CreatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Element#getModifiedAt <em>Modified At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified At</em>'.
	 * @see org.attune.model.Element#getModifiedAt()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_ModifiedAt();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.attune.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Project#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.Project#getName()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Project#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attune.model.Project#getDescription()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Project#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.attune.model.Project#getCreated()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Project#getSchemaVersion <em>Schema Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schema Version</em>'.
	 * @see org.attune.model.Project#getSchemaVersion()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_SchemaVersion();

	/**
	 * Returns the meta object for the map '{@link org.attune.model.Project#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Settings</em>'.
	 * @see org.attune.model.Project#getSettings()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Settings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Project#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Users</em>'.
	 * @see org.attune.model.Project#getUsers()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Users();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Project#getSourceFolders <em>Source Folders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Source Folders</em>'.
	 * @see org.attune.model.Project#getSourceFolders()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_SourceFolders();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Project#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.attune.model.Project#getSources()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Project#getAttributeDefinitions <em>Attribute Definitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attribute Definitions</em>'.
	 * @see org.attune.model.Project#getAttributeDefinitions()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_AttributeDefinitions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Project#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cases</em>'.
	 * @see org.attune.model.Project#getCases()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Project#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codes</em>'.
	 * @see org.attune.model.Project#getCodes()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Codes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Project#getMemos <em>Memos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Memos</em>'.
	 * @see org.attune.model.Project#getMemos()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Memos();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Project#getRatingScales <em>Rating Scales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rating Scales</em>'.
	 * @see org.attune.model.Project#getRatingScales()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_RatingScales();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Project#getRatingSheets <em>Rating Sheets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rating Sheets</em>'.
	 * @see org.attune.model.Project#getRatingSheets()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_RatingSheets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Project#getSets <em>Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sets</em>'.
	 * @see org.attune.model.Project#getSets()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Sets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Project#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.attune.model.Project#getLinks()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Project#getCellSummaries <em>Cell Summaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cell Summaries</em>'.
	 * @see org.attune.model.Project#getCellSummaries()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_CellSummaries();

	/**
	 * Returns the meta object for class '{@link org.attune.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see org.attune.model.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.User#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.User#getName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.User#getInitials <em>Initials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initials</em>'.
	 * @see org.attune.model.User#getInitials()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Initials();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.User#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.attune.model.User#getColour()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Colour();

	/**
	 * Returns the meta object for class '{@link org.attune.model.SourceFolder <em>Source Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Folder</em>'.
	 * @see org.attune.model.SourceFolder
	 * @generated
	 */
	EClass getSourceFolder();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.SourceFolder#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.SourceFolder#getName()
	 * @see #getSourceFolder()
	 * @generated
	 */
	EAttribute getSourceFolder_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.SourceFolder#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.attune.model.SourceFolder#getChildren()
	 * @see #getSourceFolder()
	 * @generated
	 */
	EReference getSourceFolder_Children();

	/**
	 * Returns the meta object for the container reference '{@link org.attune.model.SourceFolder#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see org.attune.model.SourceFolder#getParent()
	 * @see #getSourceFolder()
	 * @generated
	 */
	EReference getSourceFolder_Parent();

	/**
	 * Returns the meta object for the reference list '{@link org.attune.model.SourceFolder#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.attune.model.SourceFolder#getSources()
	 * @see #getSourceFolder()
	 * @generated
	 */
	EReference getSourceFolder_Sources();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.attune.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Source#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.Source#getName()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Name();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.Source#getFolder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Folder</em>'.
	 * @see org.attune.model.Source#getFolder()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Folder();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Source#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.attune.model.Source#getLanguage()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Source#getOriginalPath <em>Original Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Path</em>'.
	 * @see org.attune.model.Source#getOriginalPath()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_OriginalPath();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Source#getStoredPath <em>Stored Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stored Path</em>'.
	 * @see org.attune.model.Source#getStoredPath()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_StoredPath();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Source#getStorage <em>Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage</em>'.
	 * @see org.attune.model.Source#getStorage()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Storage();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Source#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.attune.model.Source#getContentHash()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ContentHash();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Source#getImportedAt <em>Imported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported At</em>'.
	 * @see org.attune.model.Source#getImportedAt()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ImportedAt();

	/**
	 * Returns the meta object for the map '{@link org.attune.model.Source#getImportMetadata <em>Import Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Import Metadata</em>'.
	 * @see org.attune.model.Source#getImportMetadata()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_ImportMetadata();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Source#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.attune.model.Source#getPosition()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Position();

	/**
	 * Returns the meta object for the reference list '{@link org.attune.model.Source#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cases</em>'.
	 * @see org.attune.model.Source#getCases()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Source#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.attune.model.Source#getValues()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Values();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Source#getCodings <em>Codings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codings</em>'.
	 * @see org.attune.model.Source#getCodings()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Codings();

	/**
	 * Returns the meta object for class '{@link org.attune.model.TextSource <em>Text Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Source</em>'.
	 * @see org.attune.model.TextSource
	 * @generated
	 */
	EClass getTextSource();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.TextSource#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.attune.model.TextSource#getLength()
	 * @see #getTextSource()
	 * @generated
	 */
	EAttribute getTextSource_Length();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.TextSource#getTurns <em>Turns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Turns</em>'.
	 * @see org.attune.model.TextSource#getTurns()
	 * @see #getTextSource()
	 * @generated
	 */
	EReference getTextSource_Turns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.TextSource#getSyncPoints <em>Sync Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sync Points</em>'.
	 * @see org.attune.model.TextSource#getSyncPoints()
	 * @see #getTextSource()
	 * @generated
	 */
	EReference getTextSource_SyncPoints();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.TextSource#getMedia <em>Media</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Media</em>'.
	 * @see org.attune.model.TextSource#getMedia()
	 * @see #getTextSource()
	 * @generated
	 */
	EReference getTextSource_Media();

	/**
	 * Returns the meta object for class '{@link org.attune.model.MediaSource <em>Media Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Media Source</em>'.
	 * @see org.attune.model.MediaSource
	 * @generated
	 */
	EClass getMediaSource();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.MediaSource#getDurationMs <em>Duration Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Ms</em>'.
	 * @see org.attune.model.MediaSource#getDurationMs()
	 * @see #getMediaSource()
	 * @generated
	 */
	EAttribute getMediaSource_DurationMs();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.MediaSource#getMimeType <em>Mime Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mime Type</em>'.
	 * @see org.attune.model.MediaSource#getMimeType()
	 * @see #getMediaSource()
	 * @generated
	 */
	EAttribute getMediaSource_MimeType();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.MediaSource#getAudioCodec <em>Audio Codec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audio Codec</em>'.
	 * @see org.attune.model.MediaSource#getAudioCodec()
	 * @see #getMediaSource()
	 * @generated
	 */
	EAttribute getMediaSource_AudioCodec();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.MediaSource#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channels</em>'.
	 * @see org.attune.model.MediaSource#getChannels()
	 * @see #getMediaSource()
	 * @generated
	 */
	EAttribute getMediaSource_Channels();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.MediaSource#getSampleRate <em>Sample Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sample Rate</em>'.
	 * @see org.attune.model.MediaSource#getSampleRate()
	 * @see #getMediaSource()
	 * @generated
	 */
	EAttribute getMediaSource_SampleRate();

	/**
	 * Returns the meta object for class '{@link org.attune.model.AudioSource <em>Audio Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audio Source</em>'.
	 * @see org.attune.model.AudioSource
	 * @generated
	 */
	EClass getAudioSource();

	/**
	 * Returns the meta object for class '{@link org.attune.model.VideoSource <em>Video Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Video Source</em>'.
	 * @see org.attune.model.VideoSource
	 * @generated
	 */
	EClass getVideoSource();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.VideoSource#getVideoCodec <em>Video Codec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Video Codec</em>'.
	 * @see org.attune.model.VideoSource#getVideoCodec()
	 * @see #getVideoSource()
	 * @generated
	 */
	EAttribute getVideoSource_VideoCodec();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.VideoSource#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.attune.model.VideoSource#getWidth()
	 * @see #getVideoSource()
	 * @generated
	 */
	EAttribute getVideoSource_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.VideoSource#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.attune.model.VideoSource#getHeight()
	 * @see #getVideoSource()
	 * @generated
	 */
	EAttribute getVideoSource_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.VideoSource#getFrameRate <em>Frame Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame Rate</em>'.
	 * @see org.attune.model.VideoSource#getFrameRate()
	 * @see #getVideoSource()
	 * @generated
	 */
	EAttribute getVideoSource_FrameRate();

	/**
	 * Returns the meta object for class '{@link org.attune.model.ImageSource <em>Image Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Source</em>'.
	 * @see org.attune.model.ImageSource
	 * @generated
	 */
	EClass getImageSource();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ImageSource#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.attune.model.ImageSource#getWidth()
	 * @see #getImageSource()
	 * @generated
	 */
	EAttribute getImageSource_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ImageSource#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.attune.model.ImageSource#getHeight()
	 * @see #getImageSource()
	 * @generated
	 */
	EAttribute getImageSource_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ImageSource#getTakenAt <em>Taken At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Taken At</em>'.
	 * @see org.attune.model.ImageSource#getTakenAt()
	 * @see #getImageSource()
	 * @generated
	 */
	EAttribute getImageSource_TakenAt();

	/**
	 * Returns the meta object for class '{@link org.attune.model.SpeakerTurn <em>Speaker Turn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Speaker Turn</em>'.
	 * @see org.attune.model.SpeakerTurn
	 * @generated
	 */
	EClass getSpeakerTurn();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.SpeakerTurn#getSpeaker <em>Speaker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speaker</em>'.
	 * @see org.attune.model.SpeakerTurn#getSpeaker()
	 * @see #getSpeakerTurn()
	 * @generated
	 */
	EAttribute getSpeakerTurn_Speaker();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.SpeakerTurn#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.attune.model.SpeakerTurn#getStart()
	 * @see #getSpeakerTurn()
	 * @generated
	 */
	EAttribute getSpeakerTurn_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.SpeakerTurn#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.attune.model.SpeakerTurn#getEnd()
	 * @see #getSpeakerTurn()
	 * @generated
	 */
	EAttribute getSpeakerTurn_End();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.SpeakerTurn#getCase <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Case</em>'.
	 * @see org.attune.model.SpeakerTurn#getCase()
	 * @see #getSpeakerTurn()
	 * @generated
	 */
	EReference getSpeakerTurn_Case();

	/**
	 * Returns the meta object for class '{@link org.attune.model.SyncPoint <em>Sync Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sync Point</em>'.
	 * @see org.attune.model.SyncPoint
	 * @generated
	 */
	EClass getSyncPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.SyncPoint#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.attune.model.SyncPoint#getOffset()
	 * @see #getSyncPoint()
	 * @generated
	 */
	EAttribute getSyncPoint_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.SyncPoint#getTimeMs <em>Time Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Ms</em>'.
	 * @see org.attune.model.SyncPoint#getTimeMs()
	 * @see #getSyncPoint()
	 * @generated
	 */
	EAttribute getSyncPoint_TimeMs();

	/**
	 * Returns the meta object for class '{@link org.attune.model.AttributeDefinition <em>Attribute Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Definition</em>'.
	 * @see org.attune.model.AttributeDefinition
	 * @generated
	 */
	EClass getAttributeDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.AttributeDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.AttributeDefinition#getName()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.AttributeDefinition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.attune.model.AttributeDefinition#getType()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.attune.model.AttributeDefinition#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Choices</em>'.
	 * @see org.attune.model.AttributeDefinition#getChoices()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Choices();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.AttributeDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attune.model.AttributeDefinition#getDescription()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.AttributeDefinition#isForSources <em>For Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>For Sources</em>'.
	 * @see org.attune.model.AttributeDefinition#isForSources()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_ForSources();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Case <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case</em>'.
	 * @see org.attune.model.Case
	 * @generated
	 */
	EClass getCase();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Case#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.Case#getName()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Case#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.attune.model.Case#getRole()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Case#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attune.model.Case#getDescription()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Case#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.attune.model.Case#getValues()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Values();

	/**
	 * Returns the meta object for the reference list '{@link org.attune.model.Case#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.attune.model.Case#getSources()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Sources();

	/**
	 * Returns the meta object for class '{@link org.attune.model.AttributeValue <em>Attribute Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Value</em>'.
	 * @see org.attune.model.AttributeValue
	 * @generated
	 */
	EClass getAttributeValue();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.AttributeValue#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Definition</em>'.
	 * @see org.attune.model.AttributeValue#getDefinition()
	 * @see #getAttributeValue()
	 * @generated
	 */
	EReference getAttributeValue_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.AttributeValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.attune.model.AttributeValue#getValue()
	 * @see #getAttributeValue()
	 * @generated
	 */
	EAttribute getAttributeValue_Value();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Code <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code</em>'.
	 * @see org.attune.model.Code
	 * @generated
	 */
	EClass getCode();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.Code#getName()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.attune.model.Code#getColour()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see org.attune.model.Code#getDefinition()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getInclusionCriteria <em>Inclusion Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inclusion Criteria</em>'.
	 * @see org.attune.model.Code#getInclusionCriteria()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_InclusionCriteria();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getExclusionCriteria <em>Exclusion Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusion Criteria</em>'.
	 * @see org.attune.model.Code#getExclusionCriteria()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_ExclusionCriteria();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getExample <em>Example</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Example</em>'.
	 * @see org.attune.model.Code#getExample()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Example();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Code#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.attune.model.Code#getLevel()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Level();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Code#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.attune.model.Code#getChildren()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Children();

	/**
	 * Returns the meta object for the container reference '{@link org.attune.model.Code#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see org.attune.model.Code#getParent()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Parent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Code#getHistory <em>History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>History</em>'.
	 * @see org.attune.model.Code#getHistory()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_History();

	/**
	 * Returns the meta object for the '{@link org.attune.model.Code#path() <em>Path</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Path</em>' operation.
	 * @see org.attune.model.Code#path()
	 * @generated
	 */
	EOperation getCode__Path();

	/**
	 * Returns the meta object for class '{@link org.attune.model.CodeChange <em>Code Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code Change</em>'.
	 * @see org.attune.model.CodeChange
	 * @generated
	 */
	EClass getCodeChange();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodeChange#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.attune.model.CodeChange#getKind()
	 * @see #getCodeChange()
	 * @generated
	 */
	EAttribute getCodeChange_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.CodeChange#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attune.model.CodeChange#getDescription()
	 * @see #getCodeChange()
	 * @generated
	 */
	EAttribute getCodeChange_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.attune.model.CodeChange#getRelatedCodeIds <em>Related Code Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Related Code Ids</em>'.
	 * @see org.attune.model.CodeChange#getRelatedCodeIds()
	 * @see #getCodeChange()
	 * @generated
	 */
	EAttribute getCodeChange_RelatedCodeIds();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Coding <em>Coding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coding</em>'.
	 * @see org.attune.model.Coding
	 * @generated
	 */
	EClass getCoding();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.Coding#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code</em>'.
	 * @see org.attune.model.Coding#getCode()
	 * @see #getCoding()
	 * @generated
	 */
	EReference getCoding_Code();

	/**
	 * Returns the meta object for the container reference '{@link org.attune.model.Coding#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Source</em>'.
	 * @see org.attune.model.Coding#getSource()
	 * @see #getCoding()
	 * @generated
	 */
	EReference getCoding_Source();

	/**
	 * Returns the meta object for the containment reference '{@link org.attune.model.Coding#getSelection <em>Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selection</em>'.
	 * @see org.attune.model.Coding#getSelection()
	 * @see #getCoding()
	 * @generated
	 */
	EReference getCoding_Selection();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Coding#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.attune.model.Coding#getWeight()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Coding#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.attune.model.Coding#getNote()
	 * @see #getCoding()
	 * @generated
	 */
	EAttribute getCoding_Note();

	/**
	 * Returns the meta object for the '{@link org.attune.model.Coding#start() <em>Start</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Start</em>' operation.
	 * @see org.attune.model.Coding#start()
	 * @generated
	 */
	EOperation getCoding__Start();

	/**
	 * Returns the meta object for the '{@link org.attune.model.Coding#end() <em>End</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>End</em>' operation.
	 * @see org.attune.model.Coding#end()
	 * @generated
	 */
	EOperation getCoding__End();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Selection <em>Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Selection</em>'.
	 * @see org.attune.model.Selection
	 * @generated
	 */
	EClass getSelection();

	/**
	 * Returns the meta object for class '{@link org.attune.model.TextSelection <em>Text Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Selection</em>'.
	 * @see org.attune.model.TextSelection
	 * @generated
	 */
	EClass getTextSelection();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.TextSelection#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.attune.model.TextSelection#getStart()
	 * @see #getTextSelection()
	 * @generated
	 */
	EAttribute getTextSelection_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.TextSelection#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.attune.model.TextSelection#getEnd()
	 * @see #getTextSelection()
	 * @generated
	 */
	EAttribute getTextSelection_End();

	/**
	 * Returns the meta object for class '{@link org.attune.model.TimeSelection <em>Time Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Selection</em>'.
	 * @see org.attune.model.TimeSelection
	 * @generated
	 */
	EClass getTimeSelection();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.TimeSelection#getStartMs <em>Start Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Ms</em>'.
	 * @see org.attune.model.TimeSelection#getStartMs()
	 * @see #getTimeSelection()
	 * @generated
	 */
	EAttribute getTimeSelection_StartMs();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.TimeSelection#getEndMs <em>End Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Ms</em>'.
	 * @see org.attune.model.TimeSelection#getEndMs()
	 * @see #getTimeSelection()
	 * @generated
	 */
	EAttribute getTimeSelection_EndMs();

	/**
	 * Returns the meta object for class '{@link org.attune.model.RegionSelection <em>Region Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region Selection</em>'.
	 * @see org.attune.model.RegionSelection
	 * @generated
	 */
	EClass getRegionSelection();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RegionSelection#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.attune.model.RegionSelection#getX()
	 * @see #getRegionSelection()
	 * @generated
	 */
	EAttribute getRegionSelection_X();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RegionSelection#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.attune.model.RegionSelection#getY()
	 * @see #getRegionSelection()
	 * @generated
	 */
	EAttribute getRegionSelection_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RegionSelection#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.attune.model.RegionSelection#getWidth()
	 * @see #getRegionSelection()
	 * @generated
	 */
	EAttribute getRegionSelection_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RegionSelection#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.attune.model.RegionSelection#getHeight()
	 * @see #getRegionSelection()
	 * @generated
	 */
	EAttribute getRegionSelection_Height();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Memo <em>Memo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memo</em>'.
	 * @see org.attune.model.Memo
	 * @generated
	 */
	EClass getMemo();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Memo#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.attune.model.Memo#getTitle()
	 * @see #getMemo()
	 * @generated
	 */
	EAttribute getMemo_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Memo#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.attune.model.Memo#getText()
	 * @see #getMemo()
	 * @generated
	 */
	EAttribute getMemo_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Memo#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.attune.model.Memo#getKind()
	 * @see #getMemo()
	 * @generated
	 */
	EAttribute getMemo_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.attune.model.Memo#getAbout <em>About</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>About</em>'.
	 * @see org.attune.model.Memo#getAbout()
	 * @see #getMemo()
	 * @generated
	 */
	EReference getMemo_About();

	/**
	 * Returns the meta object for class '{@link org.attune.model.RatingScale <em>Rating Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rating Scale</em>'.
	 * @see org.attune.model.RatingScale
	 * @generated
	 */
	EClass getRatingScale();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RatingScale#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.RatingScale#getName()
	 * @see #getRatingScale()
	 * @generated
	 */
	EAttribute getRatingScale_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RatingScale#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.attune.model.RatingScale#getVersion()
	 * @see #getRatingScale()
	 * @generated
	 */
	EAttribute getRatingScale_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RatingScale#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attune.model.RatingScale#getDescription()
	 * @see #getRatingScale()
	 * @generated
	 */
	EAttribute getRatingScale_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RatingScale#isAllowNotApplicable <em>Allow Not Applicable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Not Applicable</em>'.
	 * @see org.attune.model.RatingScale#isAllowNotApplicable()
	 * @see #getRatingScale()
	 * @generated
	 */
	EAttribute getRatingScale_AllowNotApplicable();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.RatingScale#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Levels</em>'.
	 * @see org.attune.model.RatingScale#getLevels()
	 * @see #getRatingScale()
	 * @generated
	 */
	EReference getRatingScale_Levels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.RatingScale#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.attune.model.RatingScale#getItems()
	 * @see #getRatingScale()
	 * @generated
	 */
	EReference getRatingScale_Items();

	/**
	 * Returns the meta object for class '{@link org.attune.model.ScaleLevel <em>Scale Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Level</em>'.
	 * @see org.attune.model.ScaleLevel
	 * @generated
	 */
	EClass getScaleLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ScaleLevel#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.attune.model.ScaleLevel#getValue()
	 * @see #getScaleLevel()
	 * @generated
	 */
	EAttribute getScaleLevel_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ScaleLevel#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.attune.model.ScaleLevel#getLabel()
	 * @see #getScaleLevel()
	 * @generated
	 */
	EAttribute getScaleLevel_Label();

	/**
	 * Returns the meta object for class '{@link org.attune.model.ScaleItem <em>Scale Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Item</em>'.
	 * @see org.attune.model.ScaleItem
	 * @generated
	 */
	EClass getScaleItem();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ScaleItem#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.attune.model.ScaleItem#getNumber()
	 * @see #getScaleItem()
	 * @generated
	 */
	EAttribute getScaleItem_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ScaleItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.attune.model.ScaleItem#getTitle()
	 * @see #getScaleItem()
	 * @generated
	 */
	EAttribute getScaleItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ScaleItem#getKeyFeatures <em>Key Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Features</em>'.
	 * @see org.attune.model.ScaleItem#getKeyFeatures()
	 * @see #getScaleItem()
	 * @generated
	 */
	EAttribute getScaleItem_KeyFeatures();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ScaleItem#isNotUsed <em>Not Used</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Used</em>'.
	 * @see org.attune.model.ScaleItem#isNotUsed()
	 * @see #getScaleItem()
	 * @generated
	 */
	EAttribute getScaleItem_NotUsed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.ScaleItem#getSubItems <em>Sub Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Items</em>'.
	 * @see org.attune.model.ScaleItem#getSubItems()
	 * @see #getScaleItem()
	 * @generated
	 */
	EReference getScaleItem_SubItems();

	/**
	 * Returns the meta object for class '{@link org.attune.model.ScaleSubItem <em>Scale Sub Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Sub Item</em>'.
	 * @see org.attune.model.ScaleSubItem
	 * @generated
	 */
	EClass getScaleSubItem();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ScaleSubItem#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.attune.model.ScaleSubItem#getNumber()
	 * @see #getScaleSubItem()
	 * @generated
	 */
	EAttribute getScaleSubItem_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ScaleSubItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.attune.model.ScaleSubItem#getText()
	 * @see #getScaleSubItem()
	 * @generated
	 */
	EAttribute getScaleSubItem_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ScaleSubItem#isAllowNotApplicable <em>Allow Not Applicable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Not Applicable</em>'.
	 * @see org.attune.model.ScaleSubItem#isAllowNotApplicable()
	 * @see #getScaleSubItem()
	 * @generated
	 */
	EAttribute getScaleSubItem_AllowNotApplicable();

	/**
	 * Returns the meta object for class '{@link org.attune.model.RatingSheet <em>Rating Sheet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rating Sheet</em>'.
	 * @see org.attune.model.RatingSheet
	 * @generated
	 */
	EClass getRatingSheet();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.RatingSheet#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scale</em>'.
	 * @see org.attune.model.RatingSheet#getScale()
	 * @see #getRatingSheet()
	 * @generated
	 */
	EReference getRatingSheet_Scale();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.RatingSheet#getRecording <em>Recording</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Recording</em>'.
	 * @see org.attune.model.RatingSheet#getRecording()
	 * @see #getRatingSheet()
	 * @generated
	 */
	EReference getRatingSheet_Recording();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RatingSheet#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.attune.model.RatingSheet#getStatus()
	 * @see #getRatingSheet()
	 * @generated
	 */
	EAttribute getRatingSheet_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RatingSheet#getSubmittedAt <em>Submitted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted At</em>'.
	 * @see org.attune.model.RatingSheet#getSubmittedAt()
	 * @see #getRatingSheet()
	 * @generated
	 */
	EAttribute getRatingSheet_SubmittedAt();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.RatingSheet#getPractitioner <em>Practitioner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Practitioner</em>'.
	 * @see org.attune.model.RatingSheet#getPractitioner()
	 * @see #getRatingSheet()
	 * @generated
	 */
	EReference getRatingSheet_Practitioner();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RatingSheet#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.attune.model.RatingSheet#getCondition()
	 * @see #getRatingSheet()
	 * @generated
	 */
	EAttribute getRatingSheet_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RatingSheet#isConsensus <em>Consensus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consensus</em>'.
	 * @see org.attune.model.RatingSheet#isConsensus()
	 * @see #getRatingSheet()
	 * @generated
	 */
	EAttribute getRatingSheet_Consensus();

	/**
	 * Returns the meta object for the reference list '{@link org.attune.model.RatingSheet#getBasedOn <em>Based On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Based On</em>'.
	 * @see org.attune.model.RatingSheet#getBasedOn()
	 * @see #getRatingSheet()
	 * @generated
	 */
	EReference getRatingSheet_BasedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.RatingSheet#getDecisionNote <em>Decision Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Note</em>'.
	 * @see org.attune.model.RatingSheet#getDecisionNote()
	 * @see #getRatingSheet()
	 * @generated
	 */
	EAttribute getRatingSheet_DecisionNote();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.RatingSheet#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see org.attune.model.RatingSheet#getScores()
	 * @see #getRatingSheet()
	 * @generated
	 */
	EReference getRatingSheet_Scores();

	/**
	 * Returns the meta object for the attribute list '{@link org.attune.model.RatingSheet#getRevisions <em>Revisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Revisions</em>'.
	 * @see org.attune.model.RatingSheet#getRevisions()
	 * @see #getRatingSheet()
	 * @generated
	 */
	EAttribute getRatingSheet_Revisions();

	/**
	 * Returns the meta object for class '{@link org.attune.model.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score</em>'.
	 * @see org.attune.model.Score
	 * @generated
	 */
	EClass getScore();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.Score#getSubItem <em>Sub Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sub Item</em>'.
	 * @see org.attune.model.Score#getSubItem()
	 * @see #getScore()
	 * @generated
	 */
	EReference getScore_SubItem();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Score#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.attune.model.Score#getState()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_State();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Score#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.attune.model.Score#getValue()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.Score#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.attune.model.Score#getNote()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attune.model.Score#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.attune.model.Score#getEvidence()
	 * @see #getScore()
	 * @generated
	 */
	EReference getScore_Evidence();

	/**
	 * Returns the meta object for class '{@link org.attune.model.ElementSet <em>Element Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Set</em>'.
	 * @see org.attune.model.ElementSet
	 * @generated
	 */
	EClass getElementSet();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ElementSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.ElementSet#getName()
	 * @see #getElementSet()
	 * @generated
	 */
	EAttribute getElementSet_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ElementSet#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attune.model.ElementSet#getDescription()
	 * @see #getElementSet()
	 * @generated
	 */
	EAttribute getElementSet_Description();

	/**
	 * Returns the meta object for the reference list '{@link org.attune.model.ElementSet#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.attune.model.ElementSet#getMembers()
	 * @see #getElementSet()
	 * @generated
	 */
	EReference getElementSet_Members();

	/**
	 * Returns the meta object for class '{@link org.attune.model.ElementLink <em>Element Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Link</em>'.
	 * @see org.attune.model.ElementLink
	 * @generated
	 */
	EClass getElementLink();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ElementLink#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attune.model.ElementLink#getName()
	 * @see #getElementLink()
	 * @generated
	 */
	EAttribute getElementLink_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ElementLink#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.attune.model.ElementLink#getDirection()
	 * @see #getElementLink()
	 * @generated
	 */
	EAttribute getElementLink_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.ElementLink#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.attune.model.ElementLink#getColour()
	 * @see #getElementLink()
	 * @generated
	 */
	EAttribute getElementLink_Colour();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.ElementLink#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Origin</em>'.
	 * @see org.attune.model.ElementLink#getOrigin()
	 * @see #getElementLink()
	 * @generated
	 */
	EReference getElementLink_Origin();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.ElementLink#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.attune.model.ElementLink#getTarget()
	 * @see #getElementLink()
	 * @generated
	 */
	EReference getElementLink_Target();

	/**
	 * Returns the meta object for class '{@link org.attune.model.MatrixCellSummary <em>Matrix Cell Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Matrix Cell Summary</em>'.
	 * @see org.attune.model.MatrixCellSummary
	 * @generated
	 */
	EClass getMatrixCellSummary();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.MatrixCellSummary#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code</em>'.
	 * @see org.attune.model.MatrixCellSummary#getCode()
	 * @see #getMatrixCellSummary()
	 * @generated
	 */
	EReference getMatrixCellSummary_Code();

	/**
	 * Returns the meta object for the reference '{@link org.attune.model.MatrixCellSummary#getCase <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Case</em>'.
	 * @see org.attune.model.MatrixCellSummary#getCase()
	 * @see #getMatrixCellSummary()
	 * @generated
	 */
	EReference getMatrixCellSummary_Case();

	/**
	 * Returns the meta object for the attribute '{@link org.attune.model.MatrixCellSummary#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.attune.model.MatrixCellSummary#getText()
	 * @see #getMatrixCellSummary()
	 * @generated
	 */
	EAttribute getMatrixCellSummary_Text();

	/**
	 * Returns the meta object for enum '{@link org.attune.model.AnalyticLevel <em>Analytic Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Analytic Level</em>'.
	 * @see org.attune.model.AnalyticLevel
	 * @generated
	 */
	EEnum getAnalyticLevel();

	/**
	 * Returns the meta object for enum '{@link org.attune.model.AttributeType <em>Attribute Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attribute Type</em>'.
	 * @see org.attune.model.AttributeType
	 * @generated
	 */
	EEnum getAttributeType();

	/**
	 * Returns the meta object for enum '{@link org.attune.model.MemoKind <em>Memo Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Memo Kind</em>'.
	 * @see org.attune.model.MemoKind
	 * @generated
	 */
	EEnum getMemoKind();

	/**
	 * Returns the meta object for enum '{@link org.attune.model.CodeChangeKind <em>Code Change Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Code Change Kind</em>'.
	 * @see org.attune.model.CodeChangeKind
	 * @generated
	 */
	EEnum getCodeChangeKind();

	/**
	 * Returns the meta object for enum '{@link org.attune.model.StorageMode <em>Storage Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Storage Mode</em>'.
	 * @see org.attune.model.StorageMode
	 * @generated
	 */
	EEnum getStorageMode();

	/**
	 * Returns the meta object for enum '{@link org.attune.model.SheetStatus <em>Sheet Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sheet Status</em>'.
	 * @see org.attune.model.SheetStatus
	 * @generated
	 */
	EEnum getSheetStatus();

	/**
	 * Returns the meta object for enum '{@link org.attune.model.ScoreState <em>Score State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Score State</em>'.
	 * @see org.attune.model.ScoreState
	 * @generated
	 */
	EEnum getScoreState();

	/**
	 * Returns the meta object for enum '{@link org.attune.model.LinkDirection <em>Link Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Direction</em>'.
	 * @see org.attune.model.LinkDirection
	 * @generated
	 */
	EEnum getLinkDirection();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AttuneFactory getAttuneFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.attune.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.ElementImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__ID = eINSTANCE.getElement_Id();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__CREATED_AT = eINSTANCE.getElement_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Created By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__CREATED_BY = eINSTANCE.getElement_CreatedBy();

		/**
		 * The meta object literal for the '<em><b>Modified At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__MODIFIED_AT = eINSTANCE.getElement_ModifiedAt();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.ProjectImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NAME = eINSTANCE.getProject_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__DESCRIPTION = eINSTANCE.getProject_Description();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CREATED = eINSTANCE.getProject_Created();

		/**
		 * The meta object literal for the '<em><b>Schema Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__SCHEMA_VERSION = eINSTANCE.getProject_SchemaVersion();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SETTINGS = eINSTANCE.getProject_Settings();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__USERS = eINSTANCE.getProject_Users();

		/**
		 * The meta object literal for the '<em><b>Source Folders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SOURCE_FOLDERS = eINSTANCE.getProject_SourceFolders();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SOURCES = eINSTANCE.getProject_Sources();

		/**
		 * The meta object literal for the '<em><b>Attribute Definitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ATTRIBUTE_DEFINITIONS = eINSTANCE.getProject_AttributeDefinitions();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CASES = eINSTANCE.getProject_Cases();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CODES = eINSTANCE.getProject_Codes();

		/**
		 * The meta object literal for the '<em><b>Memos</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__MEMOS = eINSTANCE.getProject_Memos();

		/**
		 * The meta object literal for the '<em><b>Rating Scales</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__RATING_SCALES = eINSTANCE.getProject_RatingScales();

		/**
		 * The meta object literal for the '<em><b>Rating Sheets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__RATING_SHEETS = eINSTANCE.getProject_RatingSheets();

		/**
		 * The meta object literal for the '<em><b>Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SETS = eINSTANCE.getProject_Sets();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__LINKS = eINSTANCE.getProject_Links();

		/**
		 * The meta object literal for the '<em><b>Cell Summaries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CELL_SUMMARIES = eINSTANCE.getProject_CellSummaries();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.UserImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__NAME = eINSTANCE.getUser_Name();

		/**
		 * The meta object literal for the '<em><b>Initials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__INITIALS = eINSTANCE.getUser_Initials();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__COLOUR = eINSTANCE.getUser_Colour();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.SourceFolderImpl <em>Source Folder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.SourceFolderImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getSourceFolder()
		 * @generated
		 */
		EClass SOURCE_FOLDER = eINSTANCE.getSourceFolder();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_FOLDER__NAME = eINSTANCE.getSourceFolder_Name();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_FOLDER__CHILDREN = eINSTANCE.getSourceFolder_Children();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_FOLDER__PARENT = eINSTANCE.getSourceFolder_Parent();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_FOLDER__SOURCES = eINSTANCE.getSourceFolder_Sources();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.SourceImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__NAME = eINSTANCE.getSource_Name();

		/**
		 * The meta object literal for the '<em><b>Folder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__FOLDER = eINSTANCE.getSource_Folder();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__LANGUAGE = eINSTANCE.getSource_Language();

		/**
		 * The meta object literal for the '<em><b>Original Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ORIGINAL_PATH = eINSTANCE.getSource_OriginalPath();

		/**
		 * The meta object literal for the '<em><b>Stored Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__STORED_PATH = eINSTANCE.getSource_StoredPath();

		/**
		 * The meta object literal for the '<em><b>Storage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__STORAGE = eINSTANCE.getSource_Storage();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__CONTENT_HASH = eINSTANCE.getSource_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Imported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__IMPORTED_AT = eINSTANCE.getSource_ImportedAt();

		/**
		 * The meta object literal for the '<em><b>Import Metadata</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__IMPORT_METADATA = eINSTANCE.getSource_ImportMetadata();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__POSITION = eINSTANCE.getSource_Position();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__CASES = eINSTANCE.getSource_Cases();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__VALUES = eINSTANCE.getSource_Values();

		/**
		 * The meta object literal for the '<em><b>Codings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__CODINGS = eINSTANCE.getSource_Codings();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.TextSourceImpl <em>Text Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.TextSourceImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getTextSource()
		 * @generated
		 */
		EClass TEXT_SOURCE = eINSTANCE.getTextSource();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SOURCE__LENGTH = eINSTANCE.getTextSource_Length();

		/**
		 * The meta object literal for the '<em><b>Turns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEXT_SOURCE__TURNS = eINSTANCE.getTextSource_Turns();

		/**
		 * The meta object literal for the '<em><b>Sync Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEXT_SOURCE__SYNC_POINTS = eINSTANCE.getTextSource_SyncPoints();

		/**
		 * The meta object literal for the '<em><b>Media</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEXT_SOURCE__MEDIA = eINSTANCE.getTextSource_Media();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.MediaSourceImpl <em>Media Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.MediaSourceImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getMediaSource()
		 * @generated
		 */
		EClass MEDIA_SOURCE = eINSTANCE.getMediaSource();

		/**
		 * The meta object literal for the '<em><b>Duration Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_SOURCE__DURATION_MS = eINSTANCE.getMediaSource_DurationMs();

		/**
		 * The meta object literal for the '<em><b>Mime Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_SOURCE__MIME_TYPE = eINSTANCE.getMediaSource_MimeType();

		/**
		 * The meta object literal for the '<em><b>Audio Codec</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_SOURCE__AUDIO_CODEC = eINSTANCE.getMediaSource_AudioCodec();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_SOURCE__CHANNELS = eINSTANCE.getMediaSource_Channels();

		/**
		 * The meta object literal for the '<em><b>Sample Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_SOURCE__SAMPLE_RATE = eINSTANCE.getMediaSource_SampleRate();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.AudioSourceImpl <em>Audio Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.AudioSourceImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getAudioSource()
		 * @generated
		 */
		EClass AUDIO_SOURCE = eINSTANCE.getAudioSource();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.VideoSourceImpl <em>Video Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.VideoSourceImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getVideoSource()
		 * @generated
		 */
		EClass VIDEO_SOURCE = eINSTANCE.getVideoSource();

		/**
		 * The meta object literal for the '<em><b>Video Codec</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO_SOURCE__VIDEO_CODEC = eINSTANCE.getVideoSource_VideoCodec();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO_SOURCE__WIDTH = eINSTANCE.getVideoSource_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO_SOURCE__HEIGHT = eINSTANCE.getVideoSource_Height();

		/**
		 * The meta object literal for the '<em><b>Frame Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO_SOURCE__FRAME_RATE = eINSTANCE.getVideoSource_FrameRate();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.ImageSourceImpl <em>Image Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.ImageSourceImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getImageSource()
		 * @generated
		 */
		EClass IMAGE_SOURCE = eINSTANCE.getImageSource();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SOURCE__WIDTH = eINSTANCE.getImageSource_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SOURCE__HEIGHT = eINSTANCE.getImageSource_Height();

		/**
		 * The meta object literal for the '<em><b>Taken At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SOURCE__TAKEN_AT = eINSTANCE.getImageSource_TakenAt();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.SpeakerTurnImpl <em>Speaker Turn</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.SpeakerTurnImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getSpeakerTurn()
		 * @generated
		 */
		EClass SPEAKER_TURN = eINSTANCE.getSpeakerTurn();

		/**
		 * The meta object literal for the '<em><b>Speaker</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER_TURN__SPEAKER = eINSTANCE.getSpeakerTurn_Speaker();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER_TURN__START = eINSTANCE.getSpeakerTurn_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER_TURN__END = eINSTANCE.getSpeakerTurn_End();

		/**
		 * The meta object literal for the '<em><b>Case</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPEAKER_TURN__CASE = eINSTANCE.getSpeakerTurn_Case();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.SyncPointImpl <em>Sync Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.SyncPointImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getSyncPoint()
		 * @generated
		 */
		EClass SYNC_POINT = eINSTANCE.getSyncPoint();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_POINT__OFFSET = eINSTANCE.getSyncPoint_Offset();

		/**
		 * The meta object literal for the '<em><b>Time Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_POINT__TIME_MS = eINSTANCE.getSyncPoint_TimeMs();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.AttributeDefinitionImpl <em>Attribute Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.AttributeDefinitionImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getAttributeDefinition()
		 * @generated
		 */
		EClass ATTRIBUTE_DEFINITION = eINSTANCE.getAttributeDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__NAME = eINSTANCE.getAttributeDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__TYPE = eINSTANCE.getAttributeDefinition_Type();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__CHOICES = eINSTANCE.getAttributeDefinition_Choices();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__DESCRIPTION = eINSTANCE.getAttributeDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>For Sources</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__FOR_SOURCES = eINSTANCE.getAttributeDefinition_ForSources();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.CaseImpl <em>Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.CaseImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getCase()
		 * @generated
		 */
		EClass CASE = eINSTANCE.getCase();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__NAME = eINSTANCE.getCase_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__ROLE = eINSTANCE.getCase_Role();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__DESCRIPTION = eINSTANCE.getCase_Description();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__VALUES = eINSTANCE.getCase_Values();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__SOURCES = eINSTANCE.getCase_Sources();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.AttributeValueImpl <em>Attribute Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.AttributeValueImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getAttributeValue()
		 * @generated
		 */
		EClass ATTRIBUTE_VALUE = eINSTANCE.getAttributeValue();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTRIBUTE_VALUE__DEFINITION = eINSTANCE.getAttributeValue_Definition();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_VALUE__VALUE = eINSTANCE.getAttributeValue_Value();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.CodeImpl <em>Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.CodeImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getCode()
		 * @generated
		 */
		EClass CODE = eINSTANCE.getCode();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__NAME = eINSTANCE.getCode_Name();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__COLOUR = eINSTANCE.getCode_Colour();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__DEFINITION = eINSTANCE.getCode_Definition();

		/**
		 * The meta object literal for the '<em><b>Inclusion Criteria</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__INCLUSION_CRITERIA = eINSTANCE.getCode_InclusionCriteria();

		/**
		 * The meta object literal for the '<em><b>Exclusion Criteria</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__EXCLUSION_CRITERIA = eINSTANCE.getCode_ExclusionCriteria();

		/**
		 * The meta object literal for the '<em><b>Example</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__EXAMPLE = eINSTANCE.getCode_Example();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__LEVEL = eINSTANCE.getCode_Level();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__CHILDREN = eINSTANCE.getCode_Children();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__PARENT = eINSTANCE.getCode_Parent();

		/**
		 * The meta object literal for the '<em><b>History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__HISTORY = eINSTANCE.getCode_History();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CODE___PATH = eINSTANCE.getCode__Path();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.CodeChangeImpl <em>Code Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.CodeChangeImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getCodeChange()
		 * @generated
		 */
		EClass CODE_CHANGE = eINSTANCE.getCodeChange();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_CHANGE__KIND = eINSTANCE.getCodeChange_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_CHANGE__DESCRIPTION = eINSTANCE.getCodeChange_Description();

		/**
		 * The meta object literal for the '<em><b>Related Code Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_CHANGE__RELATED_CODE_IDS = eINSTANCE.getCodeChange_RelatedCodeIds();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.CodingImpl <em>Coding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.CodingImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getCoding()
		 * @generated
		 */
		EClass CODING = eINSTANCE.getCoding();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODING__CODE = eINSTANCE.getCoding_Code();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODING__SOURCE = eINSTANCE.getCoding_Source();

		/**
		 * The meta object literal for the '<em><b>Selection</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODING__SELECTION = eINSTANCE.getCoding_Selection();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__WEIGHT = eINSTANCE.getCoding_Weight();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODING__NOTE = eINSTANCE.getCoding_Note();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CODING___START = eINSTANCE.getCoding__Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CODING___END = eINSTANCE.getCoding__End();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.SelectionImpl <em>Selection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.SelectionImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getSelection()
		 * @generated
		 */
		EClass SELECTION = eINSTANCE.getSelection();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.TextSelectionImpl <em>Text Selection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.TextSelectionImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getTextSelection()
		 * @generated
		 */
		EClass TEXT_SELECTION = eINSTANCE.getTextSelection();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SELECTION__START = eINSTANCE.getTextSelection_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_SELECTION__END = eINSTANCE.getTextSelection_End();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.TimeSelectionImpl <em>Time Selection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.TimeSelectionImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getTimeSelection()
		 * @generated
		 */
		EClass TIME_SELECTION = eINSTANCE.getTimeSelection();

		/**
		 * The meta object literal for the '<em><b>Start Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_SELECTION__START_MS = eINSTANCE.getTimeSelection_StartMs();

		/**
		 * The meta object literal for the '<em><b>End Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_SELECTION__END_MS = eINSTANCE.getTimeSelection_EndMs();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.RegionSelectionImpl <em>Region Selection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.RegionSelectionImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getRegionSelection()
		 * @generated
		 */
		EClass REGION_SELECTION = eINSTANCE.getRegionSelection();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_SELECTION__X = eINSTANCE.getRegionSelection_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_SELECTION__Y = eINSTANCE.getRegionSelection_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_SELECTION__WIDTH = eINSTANCE.getRegionSelection_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_SELECTION__HEIGHT = eINSTANCE.getRegionSelection_Height();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.MemoImpl <em>Memo</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.MemoImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getMemo()
		 * @generated
		 */
		EClass MEMO = eINSTANCE.getMemo();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMO__TITLE = eINSTANCE.getMemo_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMO__TEXT = eINSTANCE.getMemo_Text();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMO__KIND = eINSTANCE.getMemo_Kind();

		/**
		 * The meta object literal for the '<em><b>About</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMO__ABOUT = eINSTANCE.getMemo_About();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.RatingScaleImpl <em>Rating Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.RatingScaleImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getRatingScale()
		 * @generated
		 */
		EClass RATING_SCALE = eINSTANCE.getRatingScale();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SCALE__NAME = eINSTANCE.getRatingScale_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SCALE__VERSION = eINSTANCE.getRatingScale_Version();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SCALE__DESCRIPTION = eINSTANCE.getRatingScale_Description();

		/**
		 * The meta object literal for the '<em><b>Allow Not Applicable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SCALE__ALLOW_NOT_APPLICABLE = eINSTANCE.getRatingScale_AllowNotApplicable();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING_SCALE__LEVELS = eINSTANCE.getRatingScale_Levels();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING_SCALE__ITEMS = eINSTANCE.getRatingScale_Items();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.ScaleLevelImpl <em>Scale Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.ScaleLevelImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getScaleLevel()
		 * @generated
		 */
		EClass SCALE_LEVEL = eINSTANCE.getScaleLevel();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_LEVEL__VALUE = eINSTANCE.getScaleLevel_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_LEVEL__LABEL = eINSTANCE.getScaleLevel_Label();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.ScaleItemImpl <em>Scale Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.ScaleItemImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getScaleItem()
		 * @generated
		 */
		EClass SCALE_ITEM = eINSTANCE.getScaleItem();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_ITEM__NUMBER = eINSTANCE.getScaleItem_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_ITEM__TITLE = eINSTANCE.getScaleItem_Title();

		/**
		 * The meta object literal for the '<em><b>Key Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_ITEM__KEY_FEATURES = eINSTANCE.getScaleItem_KeyFeatures();

		/**
		 * The meta object literal for the '<em><b>Not Used</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_ITEM__NOT_USED = eINSTANCE.getScaleItem_NotUsed();

		/**
		 * The meta object literal for the '<em><b>Sub Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCALE_ITEM__SUB_ITEMS = eINSTANCE.getScaleItem_SubItems();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.ScaleSubItemImpl <em>Scale Sub Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.ScaleSubItemImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getScaleSubItem()
		 * @generated
		 */
		EClass SCALE_SUB_ITEM = eINSTANCE.getScaleSubItem();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_SUB_ITEM__NUMBER = eINSTANCE.getScaleSubItem_Number();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_SUB_ITEM__TEXT = eINSTANCE.getScaleSubItem_Text();

		/**
		 * The meta object literal for the '<em><b>Allow Not Applicable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_SUB_ITEM__ALLOW_NOT_APPLICABLE = eINSTANCE.getScaleSubItem_AllowNotApplicable();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.RatingSheetImpl <em>Rating Sheet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.RatingSheetImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getRatingSheet()
		 * @generated
		 */
		EClass RATING_SHEET = eINSTANCE.getRatingSheet();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING_SHEET__SCALE = eINSTANCE.getRatingSheet_Scale();

		/**
		 * The meta object literal for the '<em><b>Recording</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING_SHEET__RECORDING = eINSTANCE.getRatingSheet_Recording();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SHEET__STATUS = eINSTANCE.getRatingSheet_Status();

		/**
		 * The meta object literal for the '<em><b>Submitted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SHEET__SUBMITTED_AT = eINSTANCE.getRatingSheet_SubmittedAt();

		/**
		 * The meta object literal for the '<em><b>Practitioner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING_SHEET__PRACTITIONER = eINSTANCE.getRatingSheet_Practitioner();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SHEET__CONDITION = eINSTANCE.getRatingSheet_Condition();

		/**
		 * The meta object literal for the '<em><b>Consensus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SHEET__CONSENSUS = eINSTANCE.getRatingSheet_Consensus();

		/**
		 * The meta object literal for the '<em><b>Based On</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING_SHEET__BASED_ON = eINSTANCE.getRatingSheet_BasedOn();

		/**
		 * The meta object literal for the '<em><b>Decision Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SHEET__DECISION_NOTE = eINSTANCE.getRatingSheet_DecisionNote();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING_SHEET__SCORES = eINSTANCE.getRatingSheet_Scores();

		/**
		 * The meta object literal for the '<em><b>Revisions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SHEET__REVISIONS = eINSTANCE.getRatingSheet_Revisions();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.ScoreImpl <em>Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.ScoreImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getScore()
		 * @generated
		 */
		EClass SCORE = eINSTANCE.getScore();

		/**
		 * The meta object literal for the '<em><b>Sub Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORE__SUB_ITEM = eINSTANCE.getScore_SubItem();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__STATE = eINSTANCE.getScore_State();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__VALUE = eINSTANCE.getScore_Value();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__NOTE = eINSTANCE.getScore_Note();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORE__EVIDENCE = eINSTANCE.getScore_Evidence();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.ElementSetImpl <em>Element Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.ElementSetImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getElementSet()
		 * @generated
		 */
		EClass ELEMENT_SET = eINSTANCE.getElementSet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_SET__NAME = eINSTANCE.getElementSet_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_SET__DESCRIPTION = eINSTANCE.getElementSet_Description();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_SET__MEMBERS = eINSTANCE.getElementSet_Members();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.ElementLinkImpl <em>Element Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.ElementLinkImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getElementLink()
		 * @generated
		 */
		EClass ELEMENT_LINK = eINSTANCE.getElementLink();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_LINK__NAME = eINSTANCE.getElementLink_Name();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_LINK__DIRECTION = eINSTANCE.getElementLink_Direction();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_LINK__COLOUR = eINSTANCE.getElementLink_Colour();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_LINK__ORIGIN = eINSTANCE.getElementLink_Origin();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_LINK__TARGET = eINSTANCE.getElementLink_Target();

		/**
		 * The meta object literal for the '{@link org.attune.model.impl.MatrixCellSummaryImpl <em>Matrix Cell Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.impl.MatrixCellSummaryImpl
		 * @see org.attune.model.impl.AttunePackageImpl#getMatrixCellSummary()
		 * @generated
		 */
		EClass MATRIX_CELL_SUMMARY = eINSTANCE.getMatrixCellSummary();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATRIX_CELL_SUMMARY__CODE = eINSTANCE.getMatrixCellSummary_Code();

		/**
		 * The meta object literal for the '<em><b>Case</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATRIX_CELL_SUMMARY__CASE = eINSTANCE.getMatrixCellSummary_Case();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATRIX_CELL_SUMMARY__TEXT = eINSTANCE.getMatrixCellSummary_Text();

		/**
		 * The meta object literal for the '{@link org.attune.model.AnalyticLevel <em>Analytic Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.AnalyticLevel
		 * @see org.attune.model.impl.AttunePackageImpl#getAnalyticLevel()
		 * @generated
		 */
		EEnum ANALYTIC_LEVEL = eINSTANCE.getAnalyticLevel();

		/**
		 * The meta object literal for the '{@link org.attune.model.AttributeType <em>Attribute Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.AttributeType
		 * @see org.attune.model.impl.AttunePackageImpl#getAttributeType()
		 * @generated
		 */
		EEnum ATTRIBUTE_TYPE = eINSTANCE.getAttributeType();

		/**
		 * The meta object literal for the '{@link org.attune.model.MemoKind <em>Memo Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.MemoKind
		 * @see org.attune.model.impl.AttunePackageImpl#getMemoKind()
		 * @generated
		 */
		EEnum MEMO_KIND = eINSTANCE.getMemoKind();

		/**
		 * The meta object literal for the '{@link org.attune.model.CodeChangeKind <em>Code Change Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.CodeChangeKind
		 * @see org.attune.model.impl.AttunePackageImpl#getCodeChangeKind()
		 * @generated
		 */
		EEnum CODE_CHANGE_KIND = eINSTANCE.getCodeChangeKind();

		/**
		 * The meta object literal for the '{@link org.attune.model.StorageMode <em>Storage Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.StorageMode
		 * @see org.attune.model.impl.AttunePackageImpl#getStorageMode()
		 * @generated
		 */
		EEnum STORAGE_MODE = eINSTANCE.getStorageMode();

		/**
		 * The meta object literal for the '{@link org.attune.model.SheetStatus <em>Sheet Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.SheetStatus
		 * @see org.attune.model.impl.AttunePackageImpl#getSheetStatus()
		 * @generated
		 */
		EEnum SHEET_STATUS = eINSTANCE.getSheetStatus();

		/**
		 * The meta object literal for the '{@link org.attune.model.ScoreState <em>Score State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.ScoreState
		 * @see org.attune.model.impl.AttunePackageImpl#getScoreState()
		 * @generated
		 */
		EEnum SCORE_STATE = eINSTANCE.getScoreState();

		/**
		 * The meta object literal for the '{@link org.attune.model.LinkDirection <em>Link Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attune.model.LinkDirection
		 * @see org.attune.model.impl.AttunePackageImpl#getLinkDirection()
		 * @generated
		 */
		EEnum LINK_DIRECTION = eINSTANCE.getLinkDirection();

	}

} //AttunePackage
