/**
 * The Rating perspective: media player, rating form, comparison, results and scale editor views.
 */
package org.attune.ui.ratings;
