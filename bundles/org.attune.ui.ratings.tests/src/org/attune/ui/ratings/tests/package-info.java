/**
 * Workbench tests of the rating views (scales, sheets, results) and of the media player with its time codes and sync.
 */
package org.attune.ui.ratings.tests;
