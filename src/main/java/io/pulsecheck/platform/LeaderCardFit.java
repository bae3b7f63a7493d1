package io.pulsecheck.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.pulsecheck.common.i18n.UserLocale;

/**
 * Fits a {@link LeaderCard} into one message of a platform: when the rendered card is too large, items are left out
 * from the end of the longest section, one at a time, until it fits, and each shortened section's heading says how
 * many items are shown of how many ("Anonymous comments (showing 5 of 16)"). Nothing is left out silently.
 */
public final class LeaderCardFit {

    private LeaderCardFit() {
    }

    /**
     * @param maxItemChars longest item the platform can show in one piece; longer items are cut at a character
     * @param fits whether the platform accepts the card as rendered
     * @param locale the reader's locale, for the count's wording
     */
    public static LeaderCard fit(LeaderCard card, int maxItemChars, Predicate<LeaderCard> fits, String locale) {
        List<List<String>> items = new ArrayList<>();
        for (LeaderCard.Section section : card.sections()) {
            items.add(section.items().stream().map(item -> TextFit.truncate(item, maxItemChars)).toList());
        }
        int[] kept = items.stream().mapToInt(List::size).toArray();
        ShownOfMessages words = UserLocale.bundle(ShownOfMessages.class, locale);
        LeaderCard candidate = build(card, items, kept, words);
        while (!fits.test(candidate)) {
            int longest = -1;
            long longestChars = 0;
            for (int i = 0; i < kept.length; i++) {
                long chars = items.get(i).subList(0, kept[i]).stream().mapToLong(String::length).sum();
                if (kept[i] > 0 && chars > longestChars) {
                    longest = i;
                    longestChars = chars;
                }
            }
            if (longest < 0) {
                return candidate;
            }
            kept[longest]--;
            candidate = build(card, items, kept, words);
        }
        return candidate;
    }

    private static LeaderCard build(LeaderCard card, List<List<String>> items, int[] kept, ShownOfMessages words) {
        List<LeaderCard.Section> sections = new ArrayList<>();
        for (int i = 0; i < kept.length; i++) {
            LeaderCard.Section section = card.sections().get(i);
            int total = section.items().size();
            String heading = kept[i] == total ? section.heading()
                    : section.heading() + " (" + words.shownOf(kept[i], total) + ")";
            sections.add(new LeaderCard.Section(heading, items.get(i).subList(0, kept[i])));
        }
        return new LeaderCard(card.kind(), card.title(), card.subtitle(), card.facts(), card.imageUrl(),
                card.imageAlt(), sections, card.dashboard());
    }
}
