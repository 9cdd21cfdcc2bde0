/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A code applied by a coder (createdBy) to a selection of a source. Overlapping codings are normal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.Coding#getCode <em>Code</em>}</li>
 *   <li>{@link org.attune.model.Coding#getSource <em>Source</em>}</li>
 *   <li>{@link org.attune.model.Coding#getSelection <em>Selection</em>}</li>
 *   <li>{@link org.attune.model.Coding#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.attune.model.Coding#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getCoding()
 * @model
 * @generated
 */
public interface Coding extends Element {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' reference.
	 * @see #setCode(Code)
	 * @see org.attune.model.AttunePackage#getCoding_Code()
	 * @model
	 * @generated
	 */
	Code getCode();

	/**
	 * Sets the value of the '{@link org.attune.model.Coding#getCode <em>Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' reference.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(Code value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.attune.model.Source#getCodings <em>Codings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' container reference.
	 * @see #setSource(Source)
	 * @see org.attune.model.AttunePackage#getCoding_Source()
	 * @see org.attune.model.Source#getCodings
	 * @model opposite="codings" transient="false"
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link org.attune.model.Coding#getSource <em>Source</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' container reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

	/**
	 * Returns the value of the '<em><b>Selection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selection</em>' containment reference.
	 * @see #setSelection(Selection)
	 * @see org.attune.model.AttunePackage#getCoding_Selection()
	 * @model containment="true"
	 * @generated
	 */
	Selection getSelection();

	/**
	 * Sets the value of the '{@link org.attune.model.Coding#getSelection <em>Selection</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selection</em>' containment reference.
	 * @see #getSelection()
	 * @generated
	 */
	void setSelection(Selection value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(Integer)
	 * @see org.attune.model.AttunePackage#getCoding_Weight()
	 * @model
	 * @generated
	 */
	Integer getWeight();

	/**
	 * Sets the value of the '{@link org.attune.model.Coding#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(Integer value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.attune.model.AttunePackage#getCoding_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.attune.model.Coding#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where its selection begins on the source's continuum: the first code point of a text selection, the first millisecond of a time selection; -1 for a region of a picture (or no selection).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	long start();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where its selection ends (exclusive): the code point after a text selection, the millisecond a time selection ends; -1 for a region of a picture (or no selection).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	long end();

} // Coding
