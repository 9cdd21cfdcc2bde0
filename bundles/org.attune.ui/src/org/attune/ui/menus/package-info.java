/**
 * Menu items that depend on the moment, contributed as {@code <dynamic>} elements of the context menus in
 * {@code plugin.xml}: each is a command with its parameter (the recent codes, the codings under the selection).
 */
package org.attune.ui.menus;
