package io.pulsecheck.replies;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The reply thread of a comment whose writer asked for replies: the comment's id and the digest of the writer's reply
 * code. Nothing else: no person, chat id, platform, destination or time.
 */
@Entity
@Table(name = "reply_thread")
public class ReplyThread extends PanacheEntityBase {

    @Id
    public UUID commentId;

    public byte[] tokenDigest;
}
