/**
 * Tests of the command line: every command run as a user runs it, on projects made through it, its output, exit
 * codes and files checked.
 */
package org.attune.cli.tests;
