/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rating Sheet</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One rater's (createdBy) scores of one recording on one scale version, or a consensus sheet made from several.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.RatingSheet#getScale <em>Scale</em>}</li>
 *   <li>{@link org.attune.model.RatingSheet#getRecording <em>Recording</em>}</li>
 *   <li>{@link org.attune.model.RatingSheet#getStatus <em>Status</em>}</li>
 *   <li>{@link org.attune.model.RatingSheet#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.attune.model.RatingSheet#getPractitioner <em>Practitioner</em>}</li>
 *   <li>{@link org.attune.model.RatingSheet#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.attune.model.RatingSheet#isConsensus <em>Consensus</em>}</li>
 *   <li>{@link org.attune.model.RatingSheet#getBasedOn <em>Based On</em>}</li>
 *   <li>{@link org.attune.model.RatingSheet#getDecisionNote <em>Decision Note</em>}</li>
 *   <li>{@link org.attune.model.RatingSheet#getScores <em>Scores</em>}</li>
 *   <li>{@link org.attune.model.RatingSheet#getRevisions <em>Revisions</em>}</li>
 * </ul>
 *
 * @see org.attune.model.AttunePackage#getRatingSheet()
 * @model
 * @generated
 */
public interface RatingSheet extends Element {
	/**
	 * Returns the value of the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' reference.
	 * @see #setScale(RatingScale)
	 * @see org.attune.model.AttunePackage#getRatingSheet_Scale()
	 * @model
	 * @generated
	 */
	RatingScale getScale();

	/**
	 * Sets the value of the '{@link org.attune.model.RatingSheet#getScale <em>Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' reference.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(RatingScale value);

	/**
	 * Returns the value of the '<em><b>Recording</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recording</em>' reference.
	 * @see #setRecording(Source)
	 * @see org.attune.model.AttunePackage#getRatingSheet_Recording()
	 * @model
	 * @generated
	 */
	Source getRecording();

	/**
	 * Sets the value of the '{@link org.attune.model.RatingSheet#getRecording <em>Recording</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recording</em>' reference.
	 * @see #getRecording()
	 * @generated
	 */
	void setRecording(Source value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attune.model.SheetStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.attune.model.SheetStatus
	 * @see #setStatus(SheetStatus)
	 * @see org.attune.model.AttunePackage#getRatingSheet_Status()
	 * @model
	 * @generated
	 */
	SheetStatus getStatus();

	/**
	 * Sets the value of the '{@link org.attune.model.RatingSheet#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.attune.model.SheetStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(SheetStatus value);

	/**
	 * Returns the value of the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted At</em>' attribute.
	 * @see #setSubmittedAt(Date)
	 * @see org.attune.model.AttunePackage#getRatingSheet_SubmittedAt()
	 * @model
	 * @generated
	 */
	Date getSubmittedAt();

	/**
	 * Sets the value of the '{@link org.attune.model.RatingSheet#getSubmittedAt <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted At</em>' attribute.
	 * @see #getSubmittedAt()
	 * @generated
	 */
	void setSubmittedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Practitioner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Practitioner</em>' reference.
	 * @see #setPractitioner(Case)
	 * @see org.attune.model.AttunePackage#getRatingSheet_Practitioner()
	 * @model
	 * @generated
	 */
	Case getPractitioner();

	/**
	 * Sets the value of the '{@link org.attune.model.RatingSheet#getPractitioner <em>Practitioner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Practitioner</em>' reference.
	 * @see #getPractitioner()
	 * @generated
	 */
	void setPractitioner(Case value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.attune.model.AttunePackage#getRatingSheet_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.attune.model.RatingSheet#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Consensus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consensus</em>' attribute.
	 * @see #setConsensus(boolean)
	 * @see org.attune.model.AttunePackage#getRatingSheet_Consensus()
	 * @model
	 * @generated
	 */
	boolean isConsensus();

	/**
	 * Sets the value of the '{@link org.attune.model.RatingSheet#isConsensus <em>Consensus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consensus</em>' attribute.
	 * @see #isConsensus()
	 * @generated
	 */
	void setConsensus(boolean value);

	/**
	 * Returns the value of the '<em><b>Based On</b></em>' reference list.
	 * The list contents are of type {@link org.attune.model.RatingSheet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Based On</em>' reference list.
	 * @see org.attune.model.AttunePackage#getRatingSheet_BasedOn()
	 * @model
	 * @generated
	 */
	EList<RatingSheet> getBasedOn();

	/**
	 * Returns the value of the '<em><b>Decision Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision Note</em>' attribute.
	 * @see #setDecisionNote(String)
	 * @see org.attune.model.AttunePackage#getRatingSheet_DecisionNote()
	 * @model
	 * @generated
	 */
	String getDecisionNote();

	/**
	 * Sets the value of the '{@link org.attune.model.RatingSheet#getDecisionNote <em>Decision Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Note</em>' attribute.
	 * @see #getDecisionNote()
	 * @generated
	 */
	void setDecisionNote(String value);

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link org.attune.model.Score}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see org.attune.model.AttunePackage#getRatingSheet_Scores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Score> getScores();

	/**
	 * Returns the value of the '<em><b>Revisions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One random token per change of the sheet, oldest first: merging copies of a project takes a sheet whose history extends ours and reports one whose history diverged as a conflict.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revisions</em>' attribute list.
	 * @see org.attune.model.AttunePackage#getRatingSheet_Revisions()
	 * @model
	 * @generated
	 */
	EList<String> getRevisions();

} // RatingSheet
