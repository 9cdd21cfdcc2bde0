/**
 * Handlers of the workbench's commands: the menu bar's (new, open, sample project, restore, search, undo and redo,
 * about), the keys of a transcript (Ctrl+1…9, Ctrl+I) and the context menus of the Project Explorer, the Codebook,
 * the transcript editor and the Coded Segments view. Each calls a part's dialog or an operation of
 * {@code org.attune.coding}.
 */
package org.attune.ui.handlers;
