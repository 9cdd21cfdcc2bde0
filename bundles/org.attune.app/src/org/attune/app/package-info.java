/**
 * The workbench application: its start, window and workbench advisors.
 */
package org.attune.app;
