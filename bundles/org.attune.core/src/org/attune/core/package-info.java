/**
 * What every front end shares: the version of Attune, the user's folders, the user log, plain messages for I/O
 * problems, and parsers for XML from untrusted files.
 */
package org.attune.core;
