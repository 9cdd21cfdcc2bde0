/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A research project: the root of everything stored in one project folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.Project#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.Project#getDescription <em>Description</em>}</li>
 *   <li>{@link org.attune.model.Project#getCreated <em>Created</em>}</li>
 *   <li>{@link org.attune.model.Project#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link org.attune.model.Project#getSettings <em>Settings</em>}</li>
 *   <li>{@link org.attune.model.Project#getUsers <em>Users</em>}</li>
 *   <li>{@link org.attune.model.Project#getSourceFolders <em>Source Folders</em>}</li>
 *   <li>{@link org.attune.model.Project#getSources <em>Sources</em>}</li>
 *   <li>{@link org.attune.model.Project#getAttributeDefinitions <em>Attribute Definitions</em>}</li>
 *   <li>{@link org.attune.model.Project#getCases <em>Cases</em>}</li>
 *   <li>{@link org.attune.model.Project#getCodes <em>Codes</em>}</li>
 *   <li>{@link org.attune.model.Project#getMemos <em>Memos</em>}</li>
 *   <li>{@link org.attune.model.Project#getRatingScales <em>Rating Scales</em>}</li>
 *   <li>{@link org.attune.model.Project#getRatingSheets <em>Rating Sheets</em>}</li>
 *   <li>{@link org.attune.model.Project#getSets <em>Sets</em>}</li>
 *   <li>{@link org.attune.model.Project#getLinks <em>Links</em>}</li>
 *   <li>{@link org.attune.model.Project#getCellSummaries <em>Cell Summaries</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getProject()
 * @model
 * @generated
 */
public interface Project extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attune.model.AttunePackage#getProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attune.model.Project#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.attune.model.AttunePackage#getProject_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.attune.model.Project#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.attune.model.AttunePackage#getProject_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.attune.model.Project#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schema Version</em>' attribute.
	 * @see #setSchemaVersion(int)
	 * @see org.attune.model.AttunePackage#getProject_SchemaVersion()
	 * @model
	 * @generated
	 */
	int getSchemaVersion();

	/**
	 * Sets the value of the '{@link org.attune.model.Project#getSchemaVersion <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema Version</em>' attribute.
	 * @see #getSchemaVersion()
	 * @generated
	 */
	void setSchemaVersion(int value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' map.
	 * @see org.attune.model.AttunePackage#getProject_Settings()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getSettings();

	/**
	 * Returns the value of the '<em><b>Users</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.User}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Users</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getProject_Users()
	 * @model containment="true"
	 * @generated
	 */
	EList<User> getUsers();

	/**
	 * Returns the value of the '<em><b>Source Folders</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.SourceFolder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Folders</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getProject_SourceFolders()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceFolder> getSourceFolders();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getProject_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Attribute Definitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.AttributeDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute Definitions</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getProject_AttributeDefinitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeDefinition> getAttributeDefinitions();

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getProject_Cases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Case> getCases();

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codes</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getProject_Codes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Code> getCodes();

	/**
	 * Returns the value of the '<em><b>Memos</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.Memo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memos</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getProject_Memos()
	 * @model containment="true"
	 * @generated
	 */
	EList<Memo> getMemos();

	/**
	 * Returns the value of the '<em><b>Rating Scales</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.RatingScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rating Scales</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getProject_RatingScales()
	 * @model containment="true"
	 * @generated
	 */
	EList<RatingScale> getRatingScales();

	/**
	 * Returns the value of the '<em><b>Rating Sheets</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.RatingSheet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rating Sheets</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getProject_RatingSheets()
	 * @model containment="true"
	 * @generated
	 */
	EList<RatingSheet> getRatingSheets();

	/**
	 * Returns the value of the '<em><b>Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.ElementSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sets</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getProject_Sets()
	 * @model containment="true"
	 * @generated
	 */
	EList<ElementSet> getSets();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.ElementLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getProject_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<ElementLink> getLinks();

	/**
	 * Returns the value of the '<em><b>Cell Summaries</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.MatrixCellSummary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cell Summaries</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getProject_CellSummaries()
	 * @model containment="true"
	 * @generated
	 */
	EList<MatrixCellSummary> getCellSummaries();

} // Project
