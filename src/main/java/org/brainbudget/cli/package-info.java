/** The picocli command line: one class per subcommand. */
package org.brainbudget.cli;
