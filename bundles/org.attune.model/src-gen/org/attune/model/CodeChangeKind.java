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
 * A representation of the literals of the enumeration '<em><b>Code Change Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * An entry of a code's history.
 * <!-- end-model-doc -->
 * @see org.attune.model.AttunePackage#getCodeChangeKind()
 * @model
 * @generated
 */
public enum CodeChangeKind implements Enumerator {
	/**
	 * The '<em><b>CREATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CREATED_VALUE
	 * @generated
	 * @ordered
	 */
	CREATED(0, "CREATED", "created"),

	/**
	 * The '<em><b>RENAMED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RENAMED_VALUE
	 * @generated
	 * @ordered
	 */
	RENAMED(1, "RENAMED", "renamed"),

	/**
	 * The '<em><b>MERGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGED_VALUE
	 * @generated
	 * @ordered
	 */
	MERGED(2, "MERGED", "merged"),

	/**
	 * The '<em><b>SPLIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPLIT_VALUE
	 * @generated
	 * @ordered
	 */
	SPLIT(3, "SPLIT", "split"),

	/**
	 * The '<em><b>MOVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOVED_VALUE
	 * @generated
	 * @ordered
	 */
	MOVED(4, "MOVED", "moved"),

	/**
	 * The '<em><b>REDEFINED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REDEFINED_VALUE
	 * @generated
	 * @ordered
	 */
	REDEFINED(5, "REDEFINED", "redefined"),

	/**
	 * The '<em><b>RELEVELLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELEVELLED_VALUE
	 * @generated
	 * @ordered
	 */
	RELEVELLED(6, "RELEVELLED", "relevelled");

	/**
	 * The '<em><b>CREATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CREATED
	 * @model literal="created"
	 * @generated
	 * @ordered
	 */
	public static final int CREATED_VALUE = 0;

	/**
	 * The '<em><b>RENAMED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RENAMED
	 * @model literal="renamed"
	 * @generated
	 * @ordered
	 */
	public static final int RENAMED_VALUE = 1;

	/**
	 * The '<em><b>MERGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGED
	 * @model literal="merged"
	 * @generated
	 * @ordered
	 */
	public static final int MERGED_VALUE = 2;

	/**
	 * The '<em><b>SPLIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPLIT
	 * @model literal="split"
	 * @generated
	 * @ordered
	 */
	public static final int SPLIT_VALUE = 3;

	/**
	 * The '<em><b>MOVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOVED
	 * @model literal="moved"
	 * @generated
	 * @ordered
	 */
	public static final int MOVED_VALUE = 4;

	/**
	 * The '<em><b>REDEFINED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REDEFINED
	 * @model literal="redefined"
	 * @generated
	 * @ordered
	 */
	public static final int REDEFINED_VALUE = 5;

	/**
	 * The '<em><b>RELEVELLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELEVELLED
	 * @model literal="relevelled"
	 * @generated
	 * @ordered
	 */
	public static final int RELEVELLED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Code Change Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CodeChangeKind[] VALUES_ARRAY =
		new CodeChangeKind[] {
			CREATED,
			RENAMED,
			MERGED,
			SPLIT,
			MOVED,
			REDEFINED,
			RELEVELLED,
		};

	/**
	 * A public read-only list of all the '<em><b>Code Change Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CodeChangeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Code Change Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CodeChangeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CodeChangeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Code Change Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CodeChangeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CodeChangeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Code Change Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CodeChangeKind get(int value) {
		switch (value) {
			case CREATED_VALUE: return CREATED;
			case RENAMED_VALUE: return RENAMED;
			case MERGED_VALUE: return MERGED;
			case SPLIT_VALUE: return SPLIT;
			case MOVED_VALUE: return MOVED;
			case REDEFINED_VALUE: return REDEFINED;
			case RELEVELLED_VALUE: return RELEVELLED;
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
	private CodeChangeKind(int value, String name, String literal) {
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
	
} //CodeChangeKind
