/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model.impl;

import java.util.Collection;
import java.util.Date;

import org.attune.model.AttunePackage;
import org.attune.model.Case;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.Score;
import org.attune.model.SheetStatus;
import org.attune.model.Source;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rating Sheet</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attune.model.impl.RatingSheetImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingSheetImpl#getRecording <em>Recording</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingSheetImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingSheetImpl#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingSheetImpl#getPractitioner <em>Practitioner</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingSheetImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingSheetImpl#isConsensus <em>Consensus</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingSheetImpl#getBasedOn <em>Based On</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingSheetImpl#getDecisionNote <em>Decision Note</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingSheetImpl#getScores <em>Scores</em>}</li>
 *   <li>{@link org.attune.model.impl.RatingSheetImpl#getRevisions <em>Revisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RatingSheetImpl extends ElementImpl implements RatingSheet {
	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected RatingScale scale;

	/**
	 * The cached value of the '{@link #getRecording() <em>Recording</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecording()
	 * @generated
	 * @ordered
	 */
	protected Source recording;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final SheetStatus STATUS_EDEFAULT = SheetStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected SheetStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date SUBMITTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected Date submittedAt = SUBMITTED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPractitioner() <em>Practitioner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPractitioner()
	 * @generated
	 * @ordered
	 */
	protected Case practitioner;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #isConsensus() <em>Consensus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsensus()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSENSUS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConsensus() <em>Consensus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsensus()
	 * @generated
	 * @ordered
	 */
	protected boolean consensus = CONSENSUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBasedOn() <em>Based On</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOn()
	 * @generated
	 * @ordered
	 */
	protected EList<RatingSheet> basedOn;

	/**
	 * The default value of the '{@link #getDecisionNote() <em>Decision Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionNote()
	 * @generated
	 * @ordered
	 */
	protected static final String DECISION_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionNote() <em>Decision Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionNote()
	 * @generated
	 * @ordered
	 */
	protected String decisionNote = DECISION_NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScores() <em>Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScores()
	 * @generated
	 * @ordered
	 */
	protected EList<Score> scores;

	/**
	 * The cached value of the '{@link #getRevisions() <em>Revisions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevisions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> revisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RatingSheetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttunePackage.Literals.RATING_SHEET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RatingScale getScale() {
		if (scale != null && scale.eIsProxy()) {
			InternalEObject oldScale = (InternalEObject)scale;
			scale = (RatingScale)eResolveProxy(oldScale);
			if (scale != oldScale) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AttunePackage.RATING_SHEET__SCALE, oldScale, scale));
			}
		}
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RatingScale basicGetScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(RatingScale newScale) {
		RatingScale oldScale = scale;
		scale = newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.RATING_SHEET__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source getRecording() {
		if (recording != null && recording.eIsProxy()) {
			InternalEObject oldRecording = (InternalEObject)recording;
			recording = (Source)eResolveProxy(oldRecording);
			if (recording != oldRecording) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AttunePackage.RATING_SHEET__RECORDING, oldRecording, recording));
			}
		}
		return recording;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Source basicGetRecording() {
		return recording;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecording(Source newRecording) {
		Source oldRecording = recording;
		recording = newRecording;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.RATING_SHEET__RECORDING, oldRecording, recording));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SheetStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(SheetStatus newStatus) {
		SheetStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.RATING_SHEET__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSubmittedAt() {
		return submittedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmittedAt(Date newSubmittedAt) {
		Date oldSubmittedAt = submittedAt;
		submittedAt = newSubmittedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.RATING_SHEET__SUBMITTED_AT, oldSubmittedAt, submittedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case getPractitioner() {
		if (practitioner != null && practitioner.eIsProxy()) {
			InternalEObject oldPractitioner = (InternalEObject)practitioner;
			practitioner = (Case)eResolveProxy(oldPractitioner);
			if (practitioner != oldPractitioner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AttunePackage.RATING_SHEET__PRACTITIONER, oldPractitioner, practitioner));
			}
		}
		return practitioner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Case basicGetPractitioner() {
		return practitioner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPractitioner(Case newPractitioner) {
		Case oldPractitioner = practitioner;
		practitioner = newPractitioner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.RATING_SHEET__PRACTITIONER, oldPractitioner, practitioner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.RATING_SHEET__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsensus() {
		return consensus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsensus(boolean newConsensus) {
		boolean oldConsensus = consensus;
		consensus = newConsensus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.RATING_SHEET__CONSENSUS, oldConsensus, consensus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RatingSheet> getBasedOn() {
		if (basedOn == null) {
			basedOn = new EObjectResolvingEList<RatingSheet>(RatingSheet.class, this, AttunePackage.RATING_SHEET__BASED_ON);
		}
		return basedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecisionNote() {
		return decisionNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionNote(String newDecisionNote) {
		String oldDecisionNote = decisionNote;
		decisionNote = newDecisionNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttunePackage.RATING_SHEET__DECISION_NOTE, oldDecisionNote, decisionNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Score> getScores() {
		if (scores == null) {
			scores = new EObjectContainmentEList<Score>(Score.class, this, AttunePackage.RATING_SHEET__SCORES);
		}
		return scores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRevisions() {
		if (revisions == null) {
			revisions = new EDataTypeUniqueEList<String>(String.class, this, AttunePackage.RATING_SHEET__REVISIONS);
		}
		return revisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AttunePackage.RATING_SHEET__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AttunePackage.RATING_SHEET__SCALE:
				if (resolve) return getScale();
				return basicGetScale();
			case AttunePackage.RATING_SHEET__RECORDING:
				if (resolve) return getRecording();
				return basicGetRecording();
			case AttunePackage.RATING_SHEET__STATUS:
				return getStatus();
			case AttunePackage.RATING_SHEET__SUBMITTED_AT:
				return getSubmittedAt();
			case AttunePackage.RATING_SHEET__PRACTITIONER:
				if (resolve) return getPractitioner();
				return basicGetPractitioner();
			case AttunePackage.RATING_SHEET__CONDITION:
				return getCondition();
			case AttunePackage.RATING_SHEET__CONSENSUS:
				return isConsensus();
			case AttunePackage.RATING_SHEET__BASED_ON:
				return getBasedOn();
			case AttunePackage.RATING_SHEET__DECISION_NOTE:
				return getDecisionNote();
			case AttunePackage.RATING_SHEET__SCORES:
				return getScores();
			case AttunePackage.RATING_SHEET__REVISIONS:
				return getRevisions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AttunePackage.RATING_SHEET__SCALE:
				setScale((RatingScale)newValue);
				return;
			case AttunePackage.RATING_SHEET__RECORDING:
				setRecording((Source)newValue);
				return;
			case AttunePackage.RATING_SHEET__STATUS:
				setStatus((SheetStatus)newValue);
				return;
			case AttunePackage.RATING_SHEET__SUBMITTED_AT:
				setSubmittedAt((Date)newValue);
				return;
			case AttunePackage.RATING_SHEET__PRACTITIONER:
				setPractitioner((Case)newValue);
				return;
			case AttunePackage.RATING_SHEET__CONDITION:
				setCondition((String)newValue);
				return;
			case AttunePackage.RATING_SHEET__CONSENSUS:
				setConsensus((Boolean)newValue);
				return;
			case AttunePackage.RATING_SHEET__BASED_ON:
				getBasedOn().clear();
				getBasedOn().addAll((Collection<? extends RatingSheet>)newValue);
				return;
			case AttunePackage.RATING_SHEET__DECISION_NOTE:
				setDecisionNote((String)newValue);
				return;
			case AttunePackage.RATING_SHEET__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends Score>)newValue);
				return;
			case AttunePackage.RATING_SHEET__REVISIONS:
				getRevisions().clear();
				getRevisions().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AttunePackage.RATING_SHEET__SCALE:
				setScale((RatingScale)null);
				return;
			case AttunePackage.RATING_SHEET__RECORDING:
				setRecording((Source)null);
				return;
			case AttunePackage.RATING_SHEET__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case AttunePackage.RATING_SHEET__SUBMITTED_AT:
				setSubmittedAt(SUBMITTED_AT_EDEFAULT);
				return;
			case AttunePackage.RATING_SHEET__PRACTITIONER:
				setPractitioner((Case)null);
				return;
			case AttunePackage.RATING_SHEET__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case AttunePackage.RATING_SHEET__CONSENSUS:
				setConsensus(CONSENSUS_EDEFAULT);
				return;
			case AttunePackage.RATING_SHEET__BASED_ON:
				getBasedOn().clear();
				return;
			case AttunePackage.RATING_SHEET__DECISION_NOTE:
				setDecisionNote(DECISION_NOTE_EDEFAULT);
				return;
			case AttunePackage.RATING_SHEET__SCORES:
				getScores().clear();
				return;
			case AttunePackage.RATING_SHEET__REVISIONS:
				getRevisions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AttunePackage.RATING_SHEET__SCALE:
				return scale != null;
			case AttunePackage.RATING_SHEET__RECORDING:
				return recording != null;
			case AttunePackage.RATING_SHEET__STATUS:
				return status != STATUS_EDEFAULT;
			case AttunePackage.RATING_SHEET__SUBMITTED_AT:
				return SUBMITTED_AT_EDEFAULT == null ? submittedAt != null : !SUBMITTED_AT_EDEFAULT.equals(submittedAt);
			case AttunePackage.RATING_SHEET__PRACTITIONER:
				return practitioner != null;
			case AttunePackage.RATING_SHEET__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case AttunePackage.RATING_SHEET__CONSENSUS:
				return consensus != CONSENSUS_EDEFAULT;
			case AttunePackage.RATING_SHEET__BASED_ON:
				return basedOn != null && !basedOn.isEmpty();
			case AttunePackage.RATING_SHEET__DECISION_NOTE:
				return DECISION_NOTE_EDEFAULT == null ? decisionNote != null : !DECISION_NOTE_EDEFAULT.equals(decisionNote);
			case AttunePackage.RATING_SHEET__SCORES:
				return scores != null && !scores.isEmpty();
			case AttunePackage.RATING_SHEET__REVISIONS:
				return revisions != null && !revisions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (status: ");
		result.append(status);
		result.append(", submittedAt: ");
		result.append(submittedAt);
		result.append(", condition: ");
		result.append(condition);
		result.append(", consensus: ");
		result.append(consensus);
		result.append(", decisionNote: ");
		result.append(decisionNote);
		result.append(", revisions: ");
		result.append(revisions);
		result.append(')');
		return result.toString();
	}

} //RatingSheetImpl
