package io.pulsecheck.teams;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.audit.AuditAction;
import io.pulsecheck.audit.AuditLog;
import io.pulsecheck.common.api.Page;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem.FieldError;
import io.pulsecheck.platform.PlatformId;

/** The roster's people: identity data lives only here, and erasure removes it. */
@ApplicationScoped
public class PersonService {

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<PersonErased> erased;

    @Inject
    Event<PersonReachable> reachable;

    @Transactional
    public PersonView create(PersonInput input) {
        checkIdentity(input);
        requireUnique(null, input.email(), platformOf(input), input.platformUserId());
        requireUniqueSubject(null, input.subject());
        Person person = new Person();
        person.createdAt = clock.instant();
        apply(person, input);
        person.persist();
        return PersonView.of(person);
    }

    @Transactional
    public PersonView update(UUID id, PersonInput input) {
        Person person = find(id);
        if (person.status == Person.Status.erased) {
            throw ApiException.conflict("This person was erased and cannot be changed");
        }
        if (input.version() == null) {
            throw ApiException.invalid("version", "is required when changing a person");
        }
        if (input.version() != person.version) {
            throw ApiException.conflict("The person was changed since version " + input.version()
                    + "; read them again and retry");
        }
        checkIdentity(input);
        requireUnique(person.id, input.email(), platformOf(input), input.platformUserId());
        requireUniqueSubject(person.id, input.subject());
        apply(person, input);
        Person.getEntityManager().flush();
        // A new address or chat account may reach someone an open check-in could not invite.
        reachable.fire(new PersonReachable(person.id));
        return PersonView.of(person);
    }

    public PersonView get(UUID id) {
        return PersonView.of(find(id));
    }

    public Page<PersonView> list(int page, int size, boolean includeErased) {
        var query = Person.<Person>find((includeErased ? "" : "status <> 'erased' ")
                + "order by lower(displayName) nulls last, id");
        return new Page<>(query.page(page, size).list().stream().map(PersonView::of).toList(), page, size,
                query.count());
    }

    /**
     * Erases a person's identity (GDPR): blanks their identity fields and drops their team memberships and
     * leaderships; {@link PersonErased} has the other features drop what they hold about the person in the same
     * transaction (digest subscription, open conversations, pending invitations, every outbound message addressed to
     * them, pending ones never sent). Anonymous answers never referenced them and stay as they are; receipts keep the
     * id, which now leads to nobody.
     */
    @Transactional
    public void erase(UUID id) {
        Person person = find(id);
        var em = Person.getEntityManager();
        audit.changed(AuditAction.PERSON_ERASED, id, Map.of("status", person.status.name()),
                Map.of("status", Person.Status.erased.name()));
        audit.forgetActor(person.email, id);
        erased.fire(new PersonErased(id));
        em.createNativeQuery("delete from team_member where person_id = :id").setParameter("id", id).executeUpdate();
        em.createNativeQuery("delete from team_leader where person_id = :id").setParameter("id", id).executeUpdate();
        person.displayName = null;
        person.email = null;
        person.subject = null;
        person.platform = null;
        person.platformUserId = null;
        person.locale = "en";
        person.timeZone = "UTC";
        person.pausedUntil = null;
        person.status = Person.Status.erased;
        em.flush();
    }

    static Person find(UUID id) {
        Person person = Person.findById(id);
        if (person == null) {
            throw ApiException.notFound("Person", id);
        }
        return person;
    }

    static void apply(Person person, PersonInput input) {
        person.displayName = input.displayName();
        person.email = blankToNull(input.email());
        person.subject = blankToNull(input.subject());
        person.platform = platformOf(input);
        person.platformUserId = blankToNull(input.platformUserId());
        person.locale = input.locale();
        person.timeZone = input.timeZone();
    }

    private static PlatformId platformOf(PersonInput input) {
        return input.platform();
    }

    private static void checkIdentity(PersonInput input) {
        List<FieldError> errors = new ArrayList<>();
        boolean hasUserId = blankToNull(input.platformUserId()) != null;
        boolean byEmail = input.platform() != null && input.platform().findsPeopleByEmail()
                && blankToNull(input.email()) != null;
        if (input.platform() != null && !hasUserId && !byEmail) {
            errors.add(new FieldError("platformUserId", input.platform().findsPeopleByEmail()
                    ? "is required when a platform is given, unless an email is (" + input.platform() + " finds the person by it)"
                    : "is required when a platform is given"));
        }
        if (input.platform() == null && hasUserId) {
            errors.add(new FieldError("platform", "is required when a platform user id is given"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void requireUnique(UUID self, String email, PlatformId platform, String platformUserId) {
        if (email != null && !email.isBlank()) {
            Person other = Person.findByEmail(email).orElse(null);
            if (other != null && !Objects.equals(other.id, self)) {
                throw ApiException.conflict("Another person has this email");
            }
        }
        if (platform != null && platformUserId != null) {
            Person other = Person.findByChatIdentity(platform, platformUserId).orElse(null);
            if (other != null && !Objects.equals(other.id, self)) {
                throw ApiException.conflict("Another person has this chat identity");
            }
        }
    }

    private static void requireUniqueSubject(UUID self, String subject) {
        String value = blankToNull(subject);
        if (value != null) {
            Person other = Person.findBySubject(value).orElse(null);
            if (other != null && !Objects.equals(other.id, self)) {
                throw ApiException.conflict("Another person has this subject");
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
