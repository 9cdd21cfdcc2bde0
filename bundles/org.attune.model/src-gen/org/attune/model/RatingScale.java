/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rating Scale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A rating scale in one version; a new version is a new scale with the same name. Sheets keep the version they used.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.RatingScale#getName <em>Name</em>}</li>
 *   <li>{@link org.attune.model.RatingScale#getVersion <em>Version</em>}</li>
 *   <li>{@link org.attune.model.RatingScale#getDescription <em>Description</em>}</li>
 *   <li>{@link org.attune.model.RatingScale#isAllowNotApplicable <em>Allow Not Applicable</em>}</li>
 *   <li>{@link org.attune.model.RatingScale#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.attune.model.RatingScale#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getRatingScale()
 * @model
 * @generated
 */
public interface RatingScale extends Element {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attune.model.AttunePackage#getRatingScale_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attune.model.RatingScale#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.attune.model.AttunePackage#getRatingScale_Version()
	 * @model
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.attune.model.RatingScale#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.attune.model.AttunePackage#getRatingScale_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.attune.model.RatingScale#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Allow Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Not Applicable</em>' attribute.
	 * @see #setAllowNotApplicable(boolean)
	 * @see org.attune.model.AttunePackage#getRatingScale_AllowNotApplicable()
	 * @model
	 * @generated
	 */
	boolean isAllowNotApplicable();

	/**
	 * Sets the value of the '{@link org.attune.model.RatingScale#isAllowNotApplicable <em>Allow Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Not Applicable</em>' attribute.
	 * @see #isAllowNotApplicable()
	 * @generated
	 */
	void setAllowNotApplicable(boolean value);

	/**
	 * Returns the value of the '<em><b>Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.ScaleLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Levels</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getRatingScale_Levels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScaleLevel> getLevels();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.ScaleItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getRatingScale_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScaleItem> getItems();

} // RatingScale
