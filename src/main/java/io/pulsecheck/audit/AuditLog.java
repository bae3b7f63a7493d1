package io.pulsecheck.audit;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Writes the audit log. Services call it once per change, inside the change's own transaction, so a change without
 * its audit entry cannot commit. Snapshots ({@code before}/{@code after}) are plain maps or records the calling
 * service builds; they must name people by id only and never carry an answer or free text.
 */
@ApplicationScoped
public class AuditLog {

    /** Actor of changes made without a caller: scheduled jobs, the demo seeder. */
    public static final String SYSTEM = "system";

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    SecurityIdentity identity;

    /** Records a change; must run inside the transaction that makes it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(AuditAction action, UUID targetId, Object before, Object after) {
        write(action, targetId, before, after);
    }

    /**
     * Records an export (a read that takes data out of the service). Joins the caller's transaction or starts one;
     * the caller hands out the export only after this returned.
     */
    @Transactional
    public void exported(AuditAction action, UUID targetId, Object parameters) {
        write(action, targetId, null, parameters);
    }

    /**
     * Replaces an erased person's email as actor by a pseudonym naming their (now anonymous) id, so their name does
     * not survive erasure in the audit log while their past actions stay attributable to the same erased record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetActor(String email, UUID personId) {
        if (email != null && !email.isBlank()) {
            AuditEvent.renameActor(email, "erased-person:" + personId);
        }
    }

    private void write(AuditAction action, UUID targetId, Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = clock.instant();
        event.actor = actor();
        event.action = action.wireName();
        event.targetType = action.targetType();
        event.targetId = targetId;
        event.before = tree(before);
        event.after = tree(after);
        event.persist();
    }

    private JsonNode tree(Object snapshot) {
        return snapshot == null ? null : json.valueToTree(snapshot);
    }

    private String actor() {
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return SYSTEM;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object email = token.getClaim("email");
            if (email != null && !email.toString().isBlank()) {
                return email.toString();
            }
            if (token.getSubject() != null) {
                return token.getSubject();
            }
        }
        return identity.getPrincipal().getName();
    }
}
