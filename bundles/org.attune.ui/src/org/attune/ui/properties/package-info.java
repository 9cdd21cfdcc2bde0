/**
 * The model as EMF.Edit's item providers ({@code org.attune.model.edit}) show it: tree content and labels for the
 * views, and the property sources of the standard Properties view, whose edits are actions of the project.
 * EMF's own JFace bridge ({@code org.eclipse.emf.edit.ui}) is not published on Maven Central, where the target
 * platform comes from, so these few classes play its part: {@link org.attune.ui.properties.ModelTreeContent} for
 * {@code AdapterFactoryContentProvider} (the Codebook's and the Project Explorer's trees, following the item
 * providers' notifications), {@link org.attune.ui.properties.ModelItems#labels}
 * for {@code AdapterFactoryLabelProvider}, {@link org.attune.ui.properties.ModelPropertySource} for
 * {@code PropertySource}.
 */
package org.attune.ui.properties;
