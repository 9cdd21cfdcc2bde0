/**
 * The workbench's services as OSGi Declarative Services components: {@link org.attune.ui.internal.ProjectSessionComponent},
 * the open project ({@link org.attune.ui.IProjectSession}). Not API: use the service interfaces.
 */
package org.attune.ui.internal;
