/** Readable tables and JSON for the command outputs. */
package org.brainbudget.report;
