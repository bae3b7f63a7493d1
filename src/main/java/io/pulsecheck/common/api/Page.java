package io.pulsecheck.common.api;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list answer. Lists are sorted by a stable key (documented per operation, always ending in the id), so
 * paging through them never skips or repeats an item while nothing changes.
 *
 * @param items the items of this page
 * @param page the zero-based page number
 * @param size the requested page size
 * @param total how many items all pages hold together
 */
@Schema(name = "Page", description = "One page of a stably sorted list.")
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Requested page size", example = "50") int size,
        @Schema(description = "Number of items on all pages together", example = "123") long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
