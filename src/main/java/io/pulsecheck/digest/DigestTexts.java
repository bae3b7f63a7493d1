package io.pulsecheck.digest;

import java.util.Map;

import io.pulsecheck.insights.Index;

/** The fixed wording of digests and alerts in English and German. */
public final class DigestTexts {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("wellbeing", "Well-being"), Map.entry("stress", "Stress"),
            Map.entry("transparency", "Transparency"), Map.entry("enps", "eNPS"),
            Map.entry("participation", "Participation"),
            Map.entry("digest.title", "Weekly pulse: %s"),
            Map.entry("digest.subtitle", "Cycle of %s, %d responses"),
            Map.entry("digest.subtitle.hidden", "Cycle of %s"),
            Map.entry("digest.nodata", "No check-in yet"),
            Map.entry("not.enough", "not enough responses yet"),
            Map.entry("no.data", "no answers"),
            Map.entry("comments", "Anonymous comments"),
            Map.entry("suggestions", "Suggested actions"),
            Map.entry("actions", "Your open actions"),
            Map.entry("actions.none", "None yet. Record what you did so your team hears about it."),
            Map.entry("chart.alt", "Trend of well-being, stress and transparency"),
            Map.entry("chart.axis", "Index (0-100)"),
            Map.entry("significant", "larger than noise"),
            Map.entry("alert.title", "Check-in alert: %s"),
            Map.entry("alert.wellbeing", "Well-being dropped from %s to %s (beyond the confidence interval)."),
            Map.entry("alert.stress", "Stress rose from %s to %s (beyond the confidence interval)."),
            Map.entry("alert.transparency", "Transparency dropped from %s to %s (beyond the confidence interval)."));

    private static final Map<String, String> DE = Map.ofEntries(
            Map.entry("wellbeing", "Wohlbefinden"), Map.entry("stress", "Stress"),
            Map.entry("transparency", "Transparenz"), Map.entry("enps", "eNPS"),
            Map.entry("participation", "Beteiligung"),
            Map.entry("digest.title", "Wöchentlicher Puls: %s"),
            Map.entry("digest.subtitle", "Runde vom %s, %d Antworten"),
            Map.entry("digest.subtitle.hidden", "Runde vom %s"),
            Map.entry("digest.nodata", "Noch keine Runde"),
            Map.entry("not.enough", "noch nicht genug Antworten"),
            Map.entry("no.data", "keine Antworten"),
            Map.entry("comments", "Anonyme Kommentare"),
            Map.entry("suggestions", "Vorschläge"),
            Map.entry("actions", "Ihre offenen Maßnahmen"),
            Map.entry("actions.none", "Noch keine. Halten Sie fest, was Sie getan haben, damit Ihr Team davon erfährt."),
            Map.entry("chart.alt", "Verlauf von Wohlbefinden, Stress und Transparenz"),
            Map.entry("chart.axis", "Index (0-100)"),
            Map.entry("significant", "größer als das Rauschen"),
            Map.entry("alert.title", "Hinweis aus dem Check-in: %s"),
            Map.entry("alert.wellbeing", "Das Wohlbefinden ist von %s auf %s gesunken (jenseits des Konfidenzintervalls)."),
            Map.entry("alert.stress", "Der Stress ist von %s auf %s gestiegen (jenseits des Konfidenzintervalls)."),
            Map.entry("alert.transparency", "Die Transparenz ist von %s auf %s gesunken (jenseits des Konfidenzintervalls)."));

    private final Map<String, String> texts;
    public final String locale;

    private DigestTexts(String locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /** German for {@code de} and its regional variants, English otherwise. */
    public static DigestTexts forLocale(String locale) {
        return locale != null && locale.toLowerCase().startsWith("de") ? new DigestTexts("de", DE)
                : new DigestTexts("en", EN);
    }

    public String get(String key, Object... args) {
        return args.length == 0 ? texts.get(key) : String.format(texts.get(key), args);
    }

    public String indexName(Index index) {
        return texts.get(index.dimension);
    }

    public String chartAxis() {
        return texts.get("chart.axis");
    }
}
