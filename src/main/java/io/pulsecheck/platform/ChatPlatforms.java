package io.pulsecheck.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.teams.Person;

/**
 * The registry of {@link ChatPlatform} beans, and the only place the core chooses a platform: by the recipient's
 * platform for prompts, by the subscription's platform for leader cards.
 */
@ApplicationScoped
public class ChatPlatforms {

    @Inject
    @Any
    Instance<ChatPlatform> beans;

    @Inject
    Instance<CheckinLinks> links;

    private final Map<PlatformId, ChatPlatform> byId = new EnumMap<>(PlatformId.class);

    @PostConstruct
    void index() {
        for (ChatPlatform platform : beans) {
            ChatPlatform previous = byId.put(platform.id(), platform);
            if (previous != null) {
                throw new IllegalStateException("Two chat platforms claim " + platform.id() + ": "
                        + previous.getClass().getName() + " and " + platform.getClass().getName());
            }
        }
    }

    public Optional<ChatPlatform> of(PlatformId id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * How a check-in reaches the person: their own platform's interactive prompt; else the web check-in link in their
     * platform's plain message ({@link Reach#LINK}); else the link by email when they have an address and email is
     * configured; else nothing, with the reason. A person on the web platform answers by link, which email carries.
     */
    public Route route(Person person) {
        List<String> reasons = new ArrayList<>(2);
        ChatRecipient own = person.platform == null ? null
                : new ChatRecipient(person.id, person.platform, person.platformUserId, person.locale);
        Reach ownReach = own == null ? Reach.NONE : of(own.platform()).map(p -> p.reach(own)).orElse(Reach.NONE);
        boolean linksIssued = links.isResolvable();
        if (ownReach == Reach.INTERACTIVE) {
            return new Route(Reach.INTERACTIVE, own.platform(), own, null);
        }
        if (ownReach == Reach.LINK && linksIssued && own.platform() != PlatformId.WEB) {
            return new Route(Reach.LINK, own.platform(), own, null);
        }
        if (own == null) {
            reasons.add("no chat platform");
        } else if (own.platform() != PlatformId.WEB) {
            reasons.add(own.platform().wireName() + " is not configured for this person");
        }
        String email = person.email == null ? null : person.email.strip();
        if (email == null || email.isEmpty()) {
            reasons.add("no email address");
        } else {
            ChatRecipient byEmail = new ChatRecipient(person.id, PlatformId.EMAIL, email, person.locale);
            Reach emailReach = of(PlatformId.EMAIL).map(p -> p.reach(byEmail)).orElse(Reach.NONE);
            if (emailReach != Reach.NONE && linksIssued) {
                return new Route(Reach.LINK, PlatformId.EMAIL, byEmail, null);
            }
            reasons.add(linksIssued ? "email is not configured" : "web check-in links are not available");
        }
        return Route.none(String.join("; ", reasons));
    }

    /**
     * The member's prompt along the route: the interactive prompt, or the plain message with their web check-in link
     * (valid until {@code closesAt}); empty when the route reaches nobody or the platform renders nothing.
     */
    public Optional<OutboundMessage> prompt(Route route, PromptContent content, Instant closesAt) {
        if (!route.reachable()) {
            return Optional.empty();
        }
        ChatPlatform platform = byId.get(route.via());
        if (platform == null) {
            return Optional.empty();
        }
        if (route.reach() == Reach.INTERACTIVE) {
            return platform.prompt(content.withLink(route.recipient(), null));
        }
        String link = links.get().issue(route.recipient().personId(), content.cycleId(), closesAt);
        return platform.prompt(content.withLink(route.recipient(), link));
    }

    /** The member's prompt; empty when their platform cannot receive prompts or is not configured. */
    public Optional<OutboundMessage> prompt(PromptContent content) {
        return of(content.recipient().platform()).flatMap(platform -> platform.prompt(content));
    }

    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent content) {
        return of(content.leader().platform()).flatMap(platform -> platform.leaderPrompt(content));
    }

    /** A digest or alert for the address's target platform; empty when that platform takes no leader cards. */
    public Optional<OutboundMessage> leaderCard(LeaderCard card, LeaderAddress address) {
        return of(address.target().platform()).filter(ChatPlatform::acceptsLeaderCards)
                .flatMap(platform -> platform.leaderCard(card, address));
    }

    /**
     * Checks a requested digest target for a leader and returns what is stored.
     *
     * @throws ApiException on field {@code channel} when no platform there takes leader cards, or the platform's own
     *         field error
     */
    public DigestTarget checkDigestTarget(ChatRecipient leader, DigestTarget requested) {
        ChatPlatform platform = of(requested.platform()).filter(ChatPlatform::acceptsLeaderCards)
                .orElseThrow(() -> ApiException.invalid("channel", "must be " + describe(digestPlatforms())));
        return platform.checkDigestTarget(leader, requested);
    }

    /** The platforms leaders can subscribe to, in declaration order. */
    public List<PlatformId> digestPlatforms() {
        return byId.values().stream().filter(ChatPlatform::acceptsLeaderCards).map(ChatPlatform::id).toList();
    }

    /**
     * The tightest prompt capacity of the installed platforms, per dimension: a question set or rotation beyond it
     * could never reach the members of at least one platform.
     */
    public Optional<PromptCapacity> tightestPromptCapacity() {
        return byId.values().stream().map(ChatPlatform::promptCapacity).flatMap(Optional::stream)
                .reduce((a, b) -> new PromptCapacity(Math.min(a.maxQuestions(), b.maxQuestions()),
                        Math.min(a.maxChoices(), b.maxChoices()),
                        a.maxQuestions() <= b.maxQuestions() ? a.limit() : b.limit()));
    }

    /** The platforms whose servers fetch linked images themselves, in declaration order. */
    public List<PlatformId> imageFetchers() {
        return byId.values().stream().filter(ChatPlatform::fetchesImages).map(ChatPlatform::id).toList();
    }

    /** "slack, mattermost or webhook". */
    static String describe(List<PlatformId> platforms) {
        if (platforms.isEmpty()) {
            return "a platform that takes digests (none is installed)";
        }
        String names = platforms.stream().map(PlatformId::wireName).collect(Collectors.joining(", "));
        int last = names.lastIndexOf(", ");
        return last < 0 ? names : names.substring(0, last) + " or " + names.substring(last + 2);
    }

    /** The prompt wording in the recipient's language ({@link UserLocale}). */
    public static PromptMessages messages(String locale) {
        return UserLocale.bundle(PromptMessages.class, locale);
    }
}
