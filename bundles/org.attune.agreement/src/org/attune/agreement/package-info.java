/**
 * Inter-rater agreement coefficients (Cohen's kappa, Krippendorff's alpha, ICC, Gwet's AC, percent agreement) over
 * unit, rater and value rows.
 */
package org.attune.agreement;
