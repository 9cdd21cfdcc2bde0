/**
 * The workbench's coding UI: the project session, the Coding perspective, context menus, recent codes and the ids
 * that tests find widgets by.
 */
package org.attune.ui;
