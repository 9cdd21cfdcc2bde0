/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import org.attune.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AttuneFactoryImpl extends EFactoryImpl implements AttuneFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AttuneFactory init() {
		try {
			AttuneFactory theAttuneFactory = (AttuneFactory)EPackage.Registry.INSTANCE.getEFactory(AttunePackage.eNS_URI);
			if (theAttuneFactory != null) {
				return theAttuneFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AttuneFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttuneFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case AttunePackage.PROJECT: return createProject();
			case AttunePackage.USER: return createUser();
			case AttunePackage.SOURCE_FOLDER: return createSourceFolder();
			case AttunePackage.TEXT_SOURCE: return createTextSource();
			case AttunePackage.AUDIO_SOURCE: return createAudioSource();
			case AttunePackage.VIDEO_SOURCE: return createVideoSource();
			case AttunePackage.IMAGE_SOURCE: return createImageSource();
			case AttunePackage.SPEAKER_TURN: return createSpeakerTurn();
			case AttunePackage.SYNC_POINT: return createSyncPoint();
			case AttunePackage.ATTRIBUTE_DEFINITION: return createAttributeDefinition();
			case AttunePackage.CASE: return createCase();
			case AttunePackage.ATTRIBUTE_VALUE: return createAttributeValue();
			case AttunePackage.CODE: return createCode();
			case AttunePackage.CODE_CHANGE: return createCodeChange();
			case AttunePackage.CODING: return createCoding();
			case AttunePackage.TEXT_SELECTION: return createTextSelection();
			case AttunePackage.TIME_SELECTION: return createTimeSelection();
			case AttunePackage.REGION_SELECTION: return createRegionSelection();
			case AttunePackage.MEMO: return createMemo();
			case AttunePackage.RATING_SCALE: return createRatingScale();
			case AttunePackage.SCALE_LEVEL: return createScaleLevel();
			case AttunePackage.SCALE_ITEM: return createScaleItem();
			case AttunePackage.SCALE_SUB_ITEM: return createScaleSubItem();
			case AttunePackage.RATING_SHEET: return createRatingSheet();
			case AttunePackage.SCORE: return createScore();
			case AttunePackage.ELEMENT_SET: return createElementSet();
			case AttunePackage.ELEMENT_LINK: return createElementLink();
			case AttunePackage.MATRIX_CELL_SUMMARY: return createMatrixCellSummary();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case AttunePackage.ANALYTIC_LEVEL:
				return createAnalyticLevelFromString(eDataType, initialValue);
			case AttunePackage.ATTRIBUTE_TYPE:
				return createAttributeTypeFromString(eDataType, initialValue);
			case AttunePackage.MEMO_KIND:
				return createMemoKindFromString(eDataType, initialValue);
			case AttunePackage.CODE_CHANGE_KIND:
				return createCodeChangeKindFromString(eDataType, initialValue);
			case AttunePackage.STORAGE_MODE:
				return createStorageModeFromString(eDataType, initialValue);
			case AttunePackage.SHEET_STATUS:
				return createSheetStatusFromString(eDataType, initialValue);
			case AttunePackage.SCORE_STATE:
				return createScoreStateFromString(eDataType, initialValue);
			case AttunePackage.LINK_DIRECTION:
				return createLinkDirectionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case AttunePackage.ANALYTIC_LEVEL:
				return convertAnalyticLevelToString(eDataType, instanceValue);
			case AttunePackage.ATTRIBUTE_TYPE:
				return convertAttributeTypeToString(eDataType, instanceValue);
			case AttunePackage.MEMO_KIND:
				return convertMemoKindToString(eDataType, instanceValue);
			case AttunePackage.CODE_CHANGE_KIND:
				return convertCodeChangeKindToString(eDataType, instanceValue);
			case AttunePackage.STORAGE_MODE:
				return convertStorageModeToString(eDataType, instanceValue);
			case AttunePackage.SHEET_STATUS:
				return convertSheetStatusToString(eDataType, instanceValue);
			case AttunePackage.SCORE_STATE:
				return convertScoreStateToString(eDataType, instanceValue);
			case AttunePackage.LINK_DIRECTION:
				return convertLinkDirectionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User createUser() {
		UserImpl user = new UserImpl();
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceFolder createSourceFolder() {
		SourceFolderImpl sourceFolder = new SourceFolderImpl();
		return sourceFolder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextSource createTextSource() {
		TextSourceImpl textSource = new TextSourceImpl();
		return textSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AudioSource createAudioSource() {
		AudioSourceImpl audioSource = new AudioSourceImpl();
		return audioSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VideoSource createVideoSource() {
		VideoSourceImpl videoSource = new VideoSourceImpl();
		return videoSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageSource createImageSource() {
		ImageSourceImpl imageSource = new ImageSourceImpl();
		return imageSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpeakerTurn createSpeakerTurn() {
		SpeakerTurnImpl speakerTurn = new SpeakerTurnImpl();
		return speakerTurn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SyncPoint createSyncPoint() {
		SyncPointImpl syncPoint = new SyncPointImpl();
		return syncPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttributeDefinition createAttributeDefinition() {
		AttributeDefinitionImpl attributeDefinition = new AttributeDefinitionImpl();
		return attributeDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case createCase() {
		CaseImpl case_ = new CaseImpl();
		return case_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttributeValue createAttributeValue() {
		AttributeValueImpl attributeValue = new AttributeValueImpl();
		return attributeValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code createCode() {
		CodeImpl code = new CodeImpl();
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeChange createCodeChange() {
		CodeChangeImpl codeChange = new CodeChangeImpl();
		return codeChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Coding createCoding() {
		CodingImpl coding = new CodingImpl();
		return coding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextSelection createTextSelection() {
		TextSelectionImpl textSelection = new TextSelectionImpl();
		return textSelection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeSelection createTimeSelection() {
		TimeSelectionImpl timeSelection = new TimeSelectionImpl();
		return timeSelection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionSelection createRegionSelection() {
		RegionSelectionImpl regionSelection = new RegionSelectionImpl();
		return regionSelection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Memo createMemo() {
		MemoImpl memo = new MemoImpl();
		return memo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RatingScale createRatingScale() {
		RatingScaleImpl ratingScale = new RatingScaleImpl();
		return ratingScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleLevel createScaleLevel() {
		ScaleLevelImpl scaleLevel = new ScaleLevelImpl();
		return scaleLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleItem createScaleItem() {
		ScaleItemImpl scaleItem = new ScaleItemImpl();
		return scaleItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleSubItem createScaleSubItem() {
		ScaleSubItemImpl scaleSubItem = new ScaleSubItemImpl();
		return scaleSubItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RatingSheet createRatingSheet() {
		RatingSheetImpl ratingSheet = new RatingSheetImpl();
		return ratingSheet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Score createScore() {
		ScoreImpl score = new ScoreImpl();
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementSet createElementSet() {
		ElementSetImpl elementSet = new ElementSetImpl();
		return elementSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementLink createElementLink() {
		ElementLinkImpl elementLink = new ElementLinkImpl();
		return elementLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MatrixCellSummary createMatrixCellSummary() {
		MatrixCellSummaryImpl matrixCellSummary = new MatrixCellSummaryImpl();
		return matrixCellSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnalyticLevel createAnalyticLevelFromString(EDataType eDataType, String initialValue) {
		AnalyticLevel result = AnalyticLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAnalyticLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttributeType createAttributeTypeFromString(EDataType eDataType, String initialValue) {
		AttributeType result = AttributeType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttributeTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MemoKind createMemoKindFromString(EDataType eDataType, String initialValue) {
		MemoKind result = MemoKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMemoKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CodeChangeKind createCodeChangeKindFromString(EDataType eDataType, String initialValue) {
		CodeChangeKind result = CodeChangeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCodeChangeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StorageMode createStorageModeFromString(EDataType eDataType, String initialValue) {
		StorageMode result = StorageMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStorageModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SheetStatus createSheetStatusFromString(EDataType eDataType, String initialValue) {
		SheetStatus result = SheetStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSheetStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScoreState createScoreStateFromString(EDataType eDataType, String initialValue) {
		ScoreState result = ScoreState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScoreStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkDirection createLinkDirectionFromString(EDataType eDataType, String initialValue) {
		LinkDirection result = LinkDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttunePackage getAttunePackage() {
		return (AttunePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AttunePackage getPackage() {
		return AttunePackage.eINSTANCE;
	}

} //AttuneFactoryImpl
