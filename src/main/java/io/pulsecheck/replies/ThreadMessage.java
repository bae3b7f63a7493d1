package io.pulsecheck.replies;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One message in a reply thread: the leader's or the writer's, its place in the thread, no time, no sender. */
@Entity
@Table(name = "thread_message")
public class ThreadMessage extends PanacheEntityBase {

    /** Random (version 4) UUID. */
    @Id
    public UUID id;

    public UUID commentId;

    /** 1 for the first message of the thread, then 2, 3, ... */
    public int turn;

    public boolean fromLeader;

    /** Whether the leader sees it: theirs at once, the writer's from the next daily release on. */
    public boolean shown;

    public String body;
}
