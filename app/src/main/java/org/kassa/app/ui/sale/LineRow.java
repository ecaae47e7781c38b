package org.kassa.app.ui.sale;

import org.kassa.till.sale.SaleLine;

/** One basket row as the table shows it; {@code position} counts the active lines 1, 2, … on screen. */
public record LineRow(int position, SaleLine line) {
}
