/**
 * The fault-injection campaign ({@code attune cli faults}): kills, damaged files, a second writer and a full disk
 * against real projects.
 */
package org.attune.bench.faults;
