/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A code, code group or theme; codes nest.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.Code#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.Code#getColour <em>Colour</em>}</li>
 *   <li>{@link org.attune.model.Code#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.attune.model.Code#getInclusionCriteria <em>Inclusion Criteria</em>}</li>
 *   <li>{@link org.attune.model.Code#getExclusionCriteria <em>Exclusion Criteria</em>}</li>
 *   <li>{@link org.attune.model.Code#getExample <em>Example</em>}</li>
 *   <li>{@link org.attune.model.Code#getLevel <em>Level</em>}</li>
 *   <li>{@link org.attune.model.Code#getChildren <em>Children</em>}</li>
 *   <li>{@link org.attune.model.Code#getParent <em>Parent</em>}</li>
 *   <li>{@link org.attune.model.Code#getHistory <em>History</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getCode()
 * @model
 * @generated
 */
public interface Code extends Element {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attune.model.AttunePackage#getCode_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attune.model.Code#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.attune.model.AttunePackage#getCode_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.attune.model.Code#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see org.attune.model.AttunePackage#getCode_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link org.attune.model.Code#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Inclusion Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inclusion Criteria</em>' attribute.
	 * @see #setInclusionCriteria(String)
	 * @see org.attune.model.AttunePackage#getCode_InclusionCriteria()
	 * @model
	 * @generated
	 */
	String getInclusionCriteria();

	/**
	 * Sets the value of the '{@link org.attune.model.Code#getInclusionCriteria <em>Inclusion Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inclusion Criteria</em>' attribute.
	 * @see #getInclusionCriteria()
	 * @generated
	 */
	void setInclusionCriteria(String value);

	/**
	 * Returns the value of the '<em><b>Exclusion Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclusion Criteria</em>' attribute.
	 * @see #setExclusionCriteria(String)
	 * @see org.attune.model.AttunePackage#getCode_ExclusionCriteria()
	 * @model
	 * @generated
	 */
	String getExclusionCriteria();

	/**
	 * Sets the value of the '{@link org.attune.model.Code#getExclusionCriteria <em>Exclusion Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusion Criteria</em>' attribute.
	 * @see #getExclusionCriteria()
	 * @generated
	 */
	void setExclusionCriteria(String value);

	/**
	 * Returns the value of the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Example</em>' attribute.
	 * @see #setExample(String)
	 * @see org.attune.model.AttunePackage#getCode_Example()
	 * @model
	 * @generated
	 */
	String getExample();

	/**
	 * Sets the value of the '{@link org.attune.model.Code#getExample <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Example</em>' attribute.
	 * @see #getExample()
	 * @generated
	 */
	void setExample(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attune.model.AnalyticLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.attune.model.AnalyticLevel
	 * @see #setLevel(AnalyticLevel)
	 * @see org.attune.model.AttunePackage#getCode_Level()
	 * @model
	 * @generated
	 */
	AnalyticLevel getLevel();

	/**
	 * Sets the value of the '{@link org.attune.model.Code#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.attune.model.AnalyticLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(AnalyticLevel value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.Code}.
	 * It is bidirectional and its opposite is '{@link org.attune.model.Code#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getCode_Children()
	 * @see org.attune.model.Code#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<Code> getChildren();

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.attune.model.Code#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see #setParent(Code)
	 * @see org.attune.model.AttunePackage#getCode_Parent()
	 * @see org.attune.model.Code#getChildren
	 * @model opposite="children" transient="false"
	 * @generated
	 */
	Code getParent();

	/**
	 * Sets the value of the '{@link org.attune.model.Code#getParent <em>Parent</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' container reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Code value);

	/**
	 * Returns the value of the '<em><b>History</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.CodeChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>History</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getCode_History()
	 * @model containment="true"
	 * @generated
	 */
	EList<CodeChange> getHistory();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The names of the code's ancestors and its own, joined with '/' (Parent/Child): how a code is named where its bare name is not unique.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String path();

} // Code
