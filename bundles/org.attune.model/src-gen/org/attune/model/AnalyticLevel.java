/**
 * Generated from attune.ecore by releng/model-generator: do not edit; change the model and regenerate.
 */
package org.attune.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Analytic Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How far analysis has taken a code: grounded theory (open, axial, selective) or Braun & Clarke thematic analysis (initial code, candidate theme, reviewed theme, defined and named theme).
 * <!-- end-model-doc -->
 * @see org.attune.model.AttunePackage#getAnalyticLevel()
 * @model
 * @generated
 */
public enum AnalyticLevel implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "unspecified"),

	/**
	 * The '<em><b>OPEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN(1, "OPEN", "open"),

	/**
	 * The '<em><b>AXIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AXIAL_VALUE
	 * @generated
	 * @ordered
	 */
	AXIAL(2, "AXIAL", "axial"),

	/**
	 * The '<em><b>SELECTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	SELECTIVE(3, "SELECTIVE", "selective"),

	/**
	 * The '<em><b>INITIAL CODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INITIAL_CODE_VALUE
	 * @generated
	 * @ordered
	 */
	INITIAL_CODE(4, "INITIAL_CODE", "initial_code"),

	/**
	 * The '<em><b>CANDIDATE THEME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANDIDATE_THEME_VALUE
	 * @generated
	 * @ordered
	 */
	CANDIDATE_THEME(5, "CANDIDATE_THEME", "candidate_theme"),

	/**
	 * The '<em><b>REVIEWED THEME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEWED_THEME_VALUE
	 * @generated
	 * @ordered
	 */
	REVIEWED_THEME(6, "REVIEWED_THEME", "reviewed_theme"),

	/**
	 * The '<em><b>THEME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THEME_VALUE
	 * @generated
	 * @ordered
	 */
	THEME(7, "THEME", "theme");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model literal="unspecified"
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>OPEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN
	 * @model literal="open"
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_VALUE = 1;

	/**
	 * The '<em><b>AXIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AXIAL
	 * @model literal="axial"
	 * @generated
	 * @ordered
	 */
	public static final int AXIAL_VALUE = 2;

	/**
	 * The '<em><b>SELECTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELECTIVE
	 * @model literal="selective"
	 * @generated
	 * @ordered
	 */
	public static final int SELECTIVE_VALUE = 3;

	/**
	 * The '<em><b>INITIAL CODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INITIAL_CODE
	 * @model literal="initial_code"
	 * @generated
	 * @ordered
	 */
	public static final int INITIAL_CODE_VALUE = 4;

	/**
	 * The '<em><b>CANDIDATE THEME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANDIDATE_THEME
	 * @model literal="candidate_theme"
	 * @generated
	 * @ordered
	 */
	public static final int CANDIDATE_THEME_VALUE = 5;

	/**
	 * The '<em><b>REVIEWED THEME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEWED_THEME
	 * @model literal="reviewed_theme"
	 * @generated
	 * @ordered
	 */
	public static final int REVIEWED_THEME_VALUE = 6;

	/**
	 * The '<em><b>THEME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THEME
	 * @model literal="theme"
	 * @generated
	 * @ordered
	 */
	public static final int THEME_VALUE = 7;

	/**
	 * An array of all the '<em><b>Analytic Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AnalyticLevel[] VALUES_ARRAY =
		new AnalyticLevel[] {
			UNSPECIFIED,
			OPEN,
			AXIAL,
			SELECTIVE,
			INITIAL_CODE,
			CANDIDATE_THEME,
			REVIEWED_THEME,
			THEME,
		};

	/**
	 * A public read-only list of all the '<em><b>Analytic Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AnalyticLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Analytic Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnalyticLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnalyticLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Analytic Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnalyticLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnalyticLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Analytic Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnalyticLevel get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case OPEN_VALUE: return OPEN;
			case AXIAL_VALUE: return AXIAL;
			case SELECTIVE_VALUE: return SELECTIVE;
			case INITIAL_CODE_VALUE: return INITIAL_CODE;
			case CANDIDATE_THEME_VALUE: return CANDIDATE_THEME;
			case REVIEWED_THEME_VALUE: return REVIEWED_THEME;
			case THEME_VALUE: return THEME;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AnalyticLevel(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AnalyticLevel
