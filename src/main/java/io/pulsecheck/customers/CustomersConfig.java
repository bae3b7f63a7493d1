package io.pulsecheck.customers;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Customer signals beside the employee signals: import limits and when a relationship is shown. */
@ConfigMapping(prefix = "pulsecheck.customers")
public interface CustomersConfig {

    /** Most rows one import accepts; larger imports get 400. Env: {@code PULSECHECK_CUSTOMERS_IMPORT_MAX_ROWS}. */
    @WithDefault("5000")
    @Min(1)
    int importMaxRows();

    /**
     * Fewest cycles in which both the employee index is shown and the customer metric exists before a correlation is
     * reported; never below 8. Env: {@code PULSECHECK_CUSTOMERS_MIN_COMMON_CYCLES}.
     */
    @WithDefault("8")
    @Min(8)
    int minCommonCycles();

    /**
     * Widest 95% interval of a correlation (high minus low, on the -1..1 scale) that is still shown; a wider one says
     * nothing useful and is withheld. Env: {@code PULSECHECK_CUSTOMERS_MAX_INTERVAL_WIDTH}.
     */
    @WithDefault("0.8")
    @DecimalMin("0.1")
    @DecimalMax("2.0")
    double maxIntervalWidth();

    /**
     * Relative change of a customer metric from one cycle's week to the previous one that the weekly digest reports
     * as moved (0.05 = 5 %). Env: {@code PULSECHECK_CUSTOMERS_DIGEST_MOVE}.
     */
    @WithDefault("0.05")
    @DecimalMin("0.0")
    double digestMove();
}
