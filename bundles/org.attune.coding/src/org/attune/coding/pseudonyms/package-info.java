/**
 * Pseudonymisation (#20): a project's key table of real names and their pseudonyms, kept encrypted in its own file
 * under its own passphrase ({@link org.attune.coding.pseudonyms.KeyTableFile}); candidate names found in the texts
 * ({@link org.attune.coding.pseudonyms.NameSuggestions}); replacing the real names throughout the project as one
 * undoable action ({@link org.attune.coding.pseudonyms.Pseudonymise}). See docs/sensitive-data.md.
 */
package org.attune.coding.pseudonyms;
