package io.pulsecheck.digest;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/**
 * German wording of {@link DigestMessages}. German texts address the reader with "Sie" everywhere (prompts, replies,
 * digests and the built-in question library alike); see docs/ARCHITECTURE.md, "Texts".
 */
@Localized("de")
public interface DigestMessagesDe extends DigestMessages {

    @Override
    @Message("Wohlbefinden")
    String wellbeing();

    @Override
    @Message("Stress")
    String stress();

    @Override
    @Message("Transparenz")
    String transparency();

    @Override
    @Message("eNPS")
    String enps();

    @Override
    @Message("Psychologische Sicherheit")
    String safety();

    @Override
    @Message("Vertrauen in die Führung")
    String trust();

    @Override
    @Message("Arbeitsbelastung")
    String workload();

    @Override
    @Message("Anerkennung")
    String recognition();

    @Override
    @Message("Beteiligung")
    String participation();

    @Override
    @Message("Was sich über das Rauschen hinaus bewegt hat")
    String moved();

    @Override
    @Message("{name}: {from} → {to}")
    String movedLine(String name, String from, String to);

    @Override
    @Message("Wöchentlicher Puls: {team}")
    String digestTitle(String team);

    @Override
    @Message("Runde vom {date}, {responses} Antworten")
    String digestSubtitle(LocalDate date, long responses);

    @Override
    @Message("Runde vom {date}")
    String digestSubtitleHidden(LocalDate date);

    @Override
    @Message("Noch keine Runde")
    String digestNoData();

    @Override
    @Message("noch nicht genug Antworten")
    String notEnough();

    @Override
    @Message("keine Antworten")
    String noData();

    @Override
    @Message("Anonyme Kommentare")
    String comments();

    @Override
    @Message("Vorschläge")
    String suggestions();

    @Override
    @Message("Ihre offenen Maßnahmen")
    String actions();

    @Override
    @Message("Noch keine. Halten Sie fest, was Sie getan haben, damit Ihr Team davon erfährt.")
    String actionsNone();

    @Override
    @Message("Verlauf von Wohlbefinden, Stress und Transparenz")
    String chartAlt();

    @Override
    @Message("Index (0-100)")
    String chartAxis();

    @Override
    @Message("Hinweis aus dem Check-in: {team}")
    String alertTitle(String team);

    @Override
    @Message("Das Wohlbefinden ist von {from} auf {to} gesunken (jenseits des Konfidenzintervalls).")
    String alertWellbeing(String from, String to);

    @Override
    @Message("Der Stress ist von {from} auf {to} gestiegen (jenseits des Konfidenzintervalls).")
    String alertStress(String from, String to);

    @Override
    @Message("Die Transparenz ist von {from} auf {to} gesunken (jenseits des Konfidenzintervalls).")
    String alertTransparency(String from, String to);

    @Override
    @Message("Ihr Dashboard öffnen")
    String openDashboard();

    @Override
    @Message("Die psychologische Sicherheit ist von {from} auf {to} gesunken (jenseits des Konfidenzintervalls).")
    String alertSafety(String from, String to);

    @Override
    @Message("Neue Messreihe")
    String newSeriesHeading();

    @Override
    @Message("Neue Messreihe seit {date}: gefragt wurde {instrument} statt {previous}. Veränderungen vergleichen nur Check-ins mit demselben Fragebogen.")
    String newSeries(LocalDate date, String instrument, String previous);

    @Override
    @Message("Der Wert „{name}“ ist von {from} auf {to} gesunken (jenseits des Konfidenzintervalls).")
    String alertDimension(String name, String from, String to);
}
