/**
 * Rating recordings on a scale: scale templates and editing, two raters' sheets under the blind rule, consensus,
 * results tables, agreement rows, export and merging a rater's copy.
 */
package org.attune.ratings;
