/**
 * Calibration: estimates a world (latent dimension, neural SNR, task signal and noise, misalignment) from a lab's
 * pilot data, with bootstrap intervals, and turns it into a problem file's world and scenarios.
 */
package org.brainbudget.calibrate;
