/**
 * How REFI-QDA files are read and written: safe XML and ZIP handling, positions, the model as JSON. Not API: the
 * exchange bundle and its tests use it.
 */
package org.attune.exchange.internal;
