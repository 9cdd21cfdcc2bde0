/**
 * What every front end shares: the version of Attune, the user's folders, the user log, and plain messages for I/O
 * problems.
 */
package org.attune.core;
