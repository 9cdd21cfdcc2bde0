/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.attune.model.AttunePackage
 * @generated
 */
public interface AttuneFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AttuneFactory eINSTANCE = org.attune.model.impl.AttuneFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Project</em>'.
	 * @generated
	 */
	Project createProject();

	/**
	 * Returns a new object of class '<em>User</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>User</em>'.
	 * @generated
	 */
	User createUser();

	/**
	 * Returns a new object of class '<em>Source Folder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Source Folder</em>'.
	 * @generated
	 */
	SourceFolder createSourceFolder();

	/**
	 * Returns a new object of class '<em>Text Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Text Source</em>'.
	 * @generated
	 */
	TextSource createTextSource();

	/**
	 * Returns a new object of class '<em>Audio Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Audio Source</em>'.
	 * @generated
	 */
	AudioSource createAudioSource();

	/**
	 * Returns a new object of class '<em>Video Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Video Source</em>'.
	 * @generated
	 */
	VideoSource createVideoSource();

	/**
	 * Returns a new object of class '<em>Image Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Image Source</em>'.
	 * @generated
	 */
	ImageSource createImageSource();

	/**
	 * Returns a new object of class '<em>Speaker Turn</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Speaker Turn</em>'.
	 * @generated
	 */
	SpeakerTurn createSpeakerTurn();

	/**
	 * Returns a new object of class '<em>Sync Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sync Point</em>'.
	 * @generated
	 */
	SyncPoint createSyncPoint();

	/**
	 * Returns a new object of class '<em>Attribute Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attribute Definition</em>'.
	 * @generated
	 */
	AttributeDefinition createAttributeDefinition();

	/**
	 * Returns a new object of class '<em>Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Case</em>'.
	 * @generated
	 */
	Case createCase();

	/**
	 * Returns a new object of class '<em>Attribute Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attribute Value</em>'.
	 * @generated
	 */
	AttributeValue createAttributeValue();

	/**
	 * Returns a new object of class '<em>Code</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Code</em>'.
	 * @generated
	 */
	Code createCode();

	/**
	 * Returns a new object of class '<em>Code Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Code Change</em>'.
	 * @generated
	 */
	CodeChange createCodeChange();

	/**
	 * Returns a new object of class '<em>Coding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Coding</em>'.
	 * @generated
	 */
	Coding createCoding();

	/**
	 * Returns a new object of class '<em>Text Selection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Text Selection</em>'.
	 * @generated
	 */
	TextSelection createTextSelection();

	/**
	 * Returns a new object of class '<em>Time Selection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Time Selection</em>'.
	 * @generated
	 */
	TimeSelection createTimeSelection();

	/**
	 * Returns a new object of class '<em>Region Selection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region Selection</em>'.
	 * @generated
	 */
	RegionSelection createRegionSelection();

	/**
	 * Returns a new object of class '<em>Memo</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Memo</em>'.
	 * @generated
	 */
	Memo createMemo();

	/**
	 * Returns a new object of class '<em>Rating Scale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rating Scale</em>'.
	 * @generated
	 */
	RatingScale createRatingScale();

	/**
	 * Returns a new object of class '<em>Scale Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale Level</em>'.
	 * @generated
	 */
	ScaleLevel createScaleLevel();

	/**
	 * Returns a new object of class '<em>Scale Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale Item</em>'.
	 * @generated
	 */
	ScaleItem createScaleItem();

	/**
	 * Returns a new object of class '<em>Scale Sub Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale Sub Item</em>'.
	 * @generated
	 */
	ScaleSubItem createScaleSubItem();

	/**
	 * Returns a new object of class '<em>Rating Sheet</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rating Sheet</em>'.
	 * @generated
	 */
	RatingSheet createRatingSheet();

	/**
	 * Returns a new object of class '<em>Score</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Score</em>'.
	 * @generated
	 */
	Score createScore();

	/**
	 * Returns a new object of class '<em>Element Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Element Set</em>'.
	 * @generated
	 */
	ElementSet createElementSet();

	/**
	 * Returns a new object of class '<em>Element Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Element Link</em>'.
	 * @generated
	 */
	ElementLink createElementLink();

	/**
	 * Returns a new object of class '<em>Matrix Cell Summary</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Matrix Cell Summary</em>'.
	 * @generated
	 */
	MatrixCellSummary createMatrixCellSummary();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	AttunePackage getAttunePackage();

} //AttuneFactory
