/**
 * The workbench's comparison of two coders: the Compare Coders view (their codings side by side, the disagreements
 * and how each is settled) and the agreement report view.
 */
package org.attune.ui.analysis.compare;
