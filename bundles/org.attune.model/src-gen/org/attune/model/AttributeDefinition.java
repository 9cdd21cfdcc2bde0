/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attribute Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A typed attribute that cases (or, forSources, sources) can have, e.g. role or number of sessions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.AttributeDefinition#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.AttributeDefinition#getType <em>Type</em>}</li>
 *   <li>{@link org.attune.model.AttributeDefinition#getChoices <em>Choices</em>}</li>
 *   <li>{@link org.attune.model.AttributeDefinition#getDescription <em>Description</em>}</li>
 *   <li>{@link org.attune.model.AttributeDefinition#isForSources <em>For Sources</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getAttributeDefinition()
 * @model
 * @generated
 */
public interface AttributeDefinition extends Element {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attune.model.AttunePackage#getAttributeDefinition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attune.model.AttributeDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attune.model.AttributeType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.attune.model.AttributeType
	 * @see #setType(AttributeType)
	 * @see org.attune.model.AttunePackage#getAttributeDefinition_Type()
	 * @model
	 * @generated
	 */
	AttributeType getType();

	/**
	 * Sets the value of the '{@link org.attune.model.AttributeDefinition#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.attune.model.AttributeType
	 * @see #getType()
	 * @generated
	 */
	void setType(AttributeType value);

	/**
	 * Returns the value of the '<em><b>Choices</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Choices</em>' attribute list.
	 * @see org.attune.model.AttunePackage#getAttributeDefinition_Choices()
	 * @model
	 * @generated
	 */
	EList<String> getChoices();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.attune.model.AttunePackage#getAttributeDefinition_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.attune.model.AttributeDefinition#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>For Sources</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether sources rather than cases have this attribute (e.g. an e-mail's subject).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>For Sources</em>' attribute.
	 * @see #setForSources(boolean)
	 * @see org.attune.model.AttunePackage#getAttributeDefinition_ForSources()
	 * @model
	 * @generated
	 */
	boolean isForSources();

	/**
	 * Sets the value of the '{@link org.attune.model.AttributeDefinition#isForSources <em>For Sources</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>For Sources</em>' attribute.
	 * @see #isForSources()
	 * @generated
	 */
	void setForSources(boolean value);

} // AttributeDefinition
