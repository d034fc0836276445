package id.pelita.reporting;

import java.math.BigDecimal;

/**
 * The JP the agency's employees earned in a month of the year, the total up to the end of it, and the total a
 * steady pace to the target would have reached by then (20 JP x employees x month / 12).
 */
public record MonthlyJp(int month, BigDecimal jp, BigDecimal cumulative, BigDecimal steadyPace) {
}
