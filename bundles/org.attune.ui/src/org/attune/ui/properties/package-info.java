/**
 * The model as EMF.Edit's item providers ({@code org.attune.model.edit}) show it: tree content and labels for the
 * views, and the property sources of the standard Properties view, whose edits are actions of the project.
 * EMF's own JFace bridge ({@code org.eclipse.emf.edit.ui}) is not published on Maven Central, where the target
 * platform comes from, so these few classes play its part ({@code AdapterFactoryContentProvider},
 * {@code AdapterFactoryLabelProvider}, {@code PropertySource}).
 */
package org.attune.ui.properties;
