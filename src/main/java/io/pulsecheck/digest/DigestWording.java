package io.pulsecheck.digest;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.insights.Index;

/**
 * The digest wording for one reader: the language they read ({@link UserLocale#resolve}) and its bundle.
 *
 * @param language the supported language, e.g. {@code de} for a {@code de-AT} leader; also the chart link's
 *        {@code lang}
 * @param messages the texts in that language
 */
public record DigestWording(String language, DigestMessages messages) {

    public static DigestWording of(String locale) {
        return new DigestWording(UserLocale.resolve(locale), UserLocale.bundle(DigestMessages.class, locale));
    }

    /** The display name of an index, e.g. "Wohlbefinden". */
    public String indexName(Index index) {
        return switch (index) {
            case WELLBEING -> messages.wellbeing();
            case STRESS -> messages.stress();
            case TRANSPARENCY -> messages.transparency();
            case ENPS -> messages.enps();
            case SAFETY -> messages.safety();
        };
    }

    /** The display name of any question dimension: the indices', the built-in ones', else a custom key as words. */
    public String dimensionName(String dimension) {
        Index index = Index.ofDimension(dimension);
        if (index != null) {
            return indexName(index);
        }
        return switch (dimension) {
            case "trust" -> messages.trust();
            case "workload" -> messages.workload();
            case "recognition" -> messages.recognition();
            default -> dimension.replace('_', ' ');
        };
    }
}
