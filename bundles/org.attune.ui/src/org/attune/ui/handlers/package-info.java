/**
 * Handlers of the workbench's commands (new, open, sample project, restore, search, undo and redo, about).
 */
package org.attune.ui.handlers;
