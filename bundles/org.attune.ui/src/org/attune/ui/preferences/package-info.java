/**
 * Preference pages and their stored values for coding and import.
 */
package org.attune.ui.preferences;
