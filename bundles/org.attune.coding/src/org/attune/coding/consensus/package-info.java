/**
 * Two coders' codings compared and settled into a consensus: where they differ ({@link
 * org.attune.coding.consensus.Disagreements}), how each difference is decided ({@link
 * org.attune.coding.consensus.Decision}) and the record of each settlement, kept in the project.
 */
package org.attune.coding.consensus;
