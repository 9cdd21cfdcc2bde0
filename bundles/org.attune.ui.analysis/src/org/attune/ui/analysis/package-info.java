/**
 * The Analysis perspective: matrix, heat map, segments behind a cell, saturation and theme map views.
 */
package org.attune.ui.analysis;
