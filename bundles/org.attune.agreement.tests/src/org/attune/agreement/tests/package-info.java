/**
 * Tests of the agreement coefficients (kappa, alpha, ICC, Gwet's AC) and of two coders' agreement on coded text
 * and time, against published worked examples; DKPro Agreement inside Equinox.
 */
package org.attune.agreement.tests;
