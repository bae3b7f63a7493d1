package io.pulsecheck.platform.email;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.platform.AnnouncedAction;
import io.pulsecheck.platform.CheckinLinks;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.PromptContent;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

/**
 * Renders check-in mails and leader cards as multipart text and HTML (Qute templates under
 * {@code templates/checkin/}); every mail is in the recipient's language and says so in {@code Content-Language}.
 */
@ApplicationScoped
@TemplateData(target = LeaderCard.class)
@TemplateData(target = LeaderCard.Fact.class)
@TemplateData(target = LeaderCard.Section.class)
public class EmailRenderer {

    @Inject
    CheckinLinks links;

    @Location("checkin/email-prompt.txt")
    Template promptText;

    @Location("checkin/email-prompt.html")
    Template promptHtml;

    @Location("checkin/email-card.txt")
    Template cardText;

    @Location("checkin/email-card.html")
    Template cardHtml;

    /** What the prompt templates show. */
    @TemplateData
    record PromptView(String lang, boolean reminder, String team, List<String> leaderActions, String link,
            String preferences) {
    }

    /** What the card templates show. */
    @TemplateData
    record CardView(String lang, LeaderCard card) {
    }

    /**
     * The check-in mail: intro, what the leaders did, the personal link, and how to pause or stop, which
     * {@code List-Unsubscribe} also offers (one click, RFC 8058).
     */
    public EmailPayload prompt(PromptContent content) {
        String lang = UserLocale.resolve(content.recipient().locale());
        EmailMessages m = UserLocale.bundle(EmailMessages.class, lang);
        String preferences = links.preferences(content.recipient().personId());
        PromptView view = new PromptView(lang, content.reminder(), content.teamName(),
                content.leaderActions().stream().map(AnnouncedAction::text).toList(), content.checkinLink(),
                preferences);
        Locale locale = Locale.forLanguageTag(lang);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + preferences + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("Content-Language", lang);
        headers.put("Auto-Submitted", "auto-generated");
        return new EmailPayload(content.recipient().platformUserId(),
                content.reminder() ? m.reminderSubject(content.teamName()) : m.subject(content.teamName()),
                promptText.data("view", view).setLocale(locale).render(),
                promptHtml.data("view", view).setLocale(locale).render(), headers);
    }

    /** A digest or alert to a leader's address. */
    public EmailPayload card(LeaderCard card, String to, String locale) {
        String lang = UserLocale.resolve(locale);
        CardView view = new CardView(lang, card);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Language", lang);
        headers.put("Auto-Submitted", "auto-generated");
        return new EmailPayload(to, card.title(), cardText.data("view", view).render(),
                cardHtml.data("view", view).render(), headers);
    }
}
