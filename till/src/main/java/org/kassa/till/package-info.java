/**
 * The headless till core: one sale at a time, loyalty outcomes, tenders (Koshelek Pay and cash), the H2
 * store, the durable request journal and crash recovery. Every operator action is a method here, so the
 * JavaFX screens, the CLI, {@code kassa demo} and the tests drive the same code. Never imports JavaFX.
 */
package org.kassa.till;
