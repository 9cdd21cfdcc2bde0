/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A picture, e.g. a photo of a child's creative work.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.ImageSource#getWidth <em>Width</em>}</li>
 *   <li>{@link org.attune.model.ImageSource#getHeight <em>Height</em>}</li>
 *   <li>{@link org.attune.model.ImageSource#getTakenAt <em>Taken At</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getImageSource()
 * @model
 * @generated
 */
public interface ImageSource extends Source {
	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.attune.model.AttunePackage#getImageSource_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.attune.model.ImageSource#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.attune.model.AttunePackage#getImageSource_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.attune.model.ImageSource#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Taken At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taken At</em>' attribute.
	 * @see #setTakenAt(Date)
	 * @see org.attune.model.AttunePackage#getImageSource_TakenAt()
	 * @model
	 * @generated
	 */
	Date getTakenAt();

	/**
	 * Sets the value of the '{@link org.attune.model.ImageSource#getTakenAt <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taken At</em>' attribute.
	 * @see #getTakenAt()
	 * @generated
	 */
	void setTakenAt(Date value);

} // ImageSource
