/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Material being analysed. Large content (a transcript's text, a media file) is kept by the store, not in this object.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.Source#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.Source#getFolder <em>Folder</em>}</li>
 *   <li>{@link org.attune.model.Source#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.attune.model.Source#getOriginalPath <em>Original Path</em>}</li>
 *   <li>{@link org.attune.model.Source#getStoredPath <em>Stored Path</em>}</li>
 *   <li>{@link org.attune.model.Source#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.attune.model.Source#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.attune.model.Source#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.attune.model.Source#getImportMetadata <em>Import Metadata</em>}</li>
 *   <li>{@link org.attune.model.Source#getPosition <em>Position</em>}</li>
 *   <li>{@link org.attune.model.Source#getCases <em>Cases</em>}</li>
 *   <li>{@link org.attune.model.Source#getValues <em>Values</em>}</li>
 *   <li>{@link org.attune.model.Source#getCodings <em>Codings</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getSource()
 * @model abstract="true"
 * @generated
 */
public interface Source extends Element {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attune.model.AttunePackage#getSource_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attune.model.Source#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Folder</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.attune.model.SourceFolder#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Folder</em>' reference.
	 * @see #setFolder(SourceFolder)
	 * @see org.attune.model.AttunePackage#getSource_Folder()
	 * @see org.attune.model.SourceFolder#getSources
	 * @model opposite="sources"
	 * @generated
	 */
	SourceFolder getFolder();

	/**
	 * Sets the value of the '{@link org.attune.model.Source#getFolder <em>Folder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folder</em>' reference.
	 * @see #getFolder()
	 * @generated
	 */
	void setFolder(SourceFolder value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.attune.model.AttunePackage#getSource_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.attune.model.Source#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Original Path</em>' attribute.
	 * @see #setOriginalPath(String)
	 * @see org.attune.model.AttunePackage#getSource_OriginalPath()
	 * @model
	 * @generated
	 */
	String getOriginalPath();

	/**
	 * Sets the value of the '{@link org.attune.model.Source#getOriginalPath <em>Original Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Path</em>' attribute.
	 * @see #getOriginalPath()
	 * @generated
	 */
	void setOriginalPath(String value);

	/**
	 * Returns the value of the '<em><b>Stored Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stored Path</em>' attribute.
	 * @see #setStoredPath(String)
	 * @see org.attune.model.AttunePackage#getSource_StoredPath()
	 * @model
	 * @generated
	 */
	String getStoredPath();

	/**
	 * Sets the value of the '{@link org.attune.model.Source#getStoredPath <em>Stored Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stored Path</em>' attribute.
	 * @see #getStoredPath()
	 * @generated
	 */
	void setStoredPath(String value);

	/**
	 * Returns the value of the '<em><b>Storage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attune.model.StorageMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage</em>' attribute.
	 * @see org.attune.model.StorageMode
	 * @see #setStorage(StorageMode)
	 * @see org.attune.model.AttunePackage#getSource_Storage()
	 * @model
	 * @generated
	 */
	StorageMode getStorage();

	/**
	 * Sets the value of the '{@link org.attune.model.Source#getStorage <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage</em>' attribute.
	 * @see org.attune.model.StorageMode
	 * @see #getStorage()
	 * @generated
	 */
	void setStorage(StorageMode value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.attune.model.AttunePackage#getSource_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.attune.model.Source#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imported At</em>' attribute.
	 * @see #setImportedAt(Date)
	 * @see org.attune.model.AttunePackage#getSource_ImportedAt()
	 * @model
	 * @generated
	 */
	Date getImportedAt();

	/**
	 * Sets the value of the '{@link org.attune.model.Source#getImportedAt <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported At</em>' attribute.
	 * @see #getImportedAt()
	 * @generated
	 */
	void setImportedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Import Metadata</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Import Metadata</em>' map.
	 * @see org.attune.model.AttunePackage#getSource_ImportMetadata()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getImportMetadata();

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(int)
	 * @see org.attune.model.AttunePackage#getSource_Position()
	 * @model
	 * @generated
	 */
	int getPosition();

	/**
	 * Sets the value of the '{@link org.attune.model.Source#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(int value);

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' reference list.
	 * The list contents are of type {@link org.attune.model.Case}.
	 * It is bidirectional and its opposite is '{@link org.attune.model.Case#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' reference list.
	 * @see org.attune.model.AttunePackage#getSource_Cases()
	 * @see org.attune.model.Case#getSources
	 * @model opposite="sources"
	 * @generated
	 */
	EList<Case> getCases();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.AttributeValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source's attribute values (e.g. an e-mail's sender, recipients, date and subject), of attributes defined for sources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getSource_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeValue> getValues();

	/**
	 * Returns the value of the '<em><b>Codings</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.Coding}.
	 * It is bidirectional and its opposite is '{@link org.attune.model.Coding#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The codings of this source. The store loads them when they are first needed, not when the project opens.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Codings</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getSource_Codings()
	 * @see org.attune.model.Coding#getSource
	 * @model opposite="source" containment="true" ordered="false"
	 *        annotation="urn:attune:store load='lazy'"
	 * @generated
	 */
	EList<Coding> getCodings();

} // Source
