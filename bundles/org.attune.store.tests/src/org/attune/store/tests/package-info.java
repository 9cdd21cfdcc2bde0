/**
 * Tests of the project store: opening and creating, undo and redo, lazy loading, locks, encryption, backups,
 * migration, and its safety under crashes, damage and full disks (some in child JVMs).
 */
package org.attune.store.tests;
