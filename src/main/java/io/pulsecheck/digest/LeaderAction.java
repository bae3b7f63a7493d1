package io.pulsecheck.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Something a leader did in response to the signals; told back to the team in its next check-in. */
@Entity
@Table(name = "leader_action")
public class LeaderAction extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID teamId;

    public String description;

    public LocalDate createdOn;

    /** The check-in that told the team about it; null while it is still to be announced ("open"). */
    public UUID announcedCycleId;

    public Instant createdAt;
}
