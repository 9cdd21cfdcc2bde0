/**
 * The project store: {@link org.attune.store.ProjectStore} opens and creates a project folder, commits each action
 * as one transaction, undoes and redoes, locks, encrypts, backs up and restores; the value types it hands out.
 */
package org.attune.store;
