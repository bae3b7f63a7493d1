package io.pulsecheck.delivery;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of deliveries, newest first.
 *
 * @param items the deliveries on this page
 * @param total how many deliveries match the filter
 */
@Schema(name = "DeliveryPage", description = "Deliveries newest first, with the number matching the filter.")
public record DeliveryPage(@Schema(description = "Deliveries on this page") List<DeliveryView> items,
        @Schema(description = "Deliveries matching the filter", example = "42") long total) {
}
