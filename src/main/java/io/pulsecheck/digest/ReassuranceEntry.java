package io.pulsecheck.digest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reassurance suggestion HR added to the curated catalogue, in English and German. */
@Entity
@Table(name = "reassurance_entry")
public class ReassuranceEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Signal keys ({@link Signal#key}) separated by commas, e.g. {@code transparency_drop,stress_rise}. */
    public String signals;

    public String textEn;

    public String textDe;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    public List<String> signalKeys() {
        return Arrays.stream(signals.split(",")).filter(s -> !s.isBlank()).toList();
    }

    /** All entries, oldest first, so the catalogue's order is stable. */
    public static List<ReassuranceEntry> inOrder() {
        return list("order by createdAt, id");
    }
}
