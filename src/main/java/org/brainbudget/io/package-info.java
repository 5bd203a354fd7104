/** Reading and validating problem files, with errors that name the file, the field and a fix. */
package org.brainbudget.io;
