package io.pulsecheck.platform.teams;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German texts of the Teams bot, in "Sie". */
@Localized("de")
public interface TeamsMessagesDe extends TeamsMessages {

    @Override
    @Message("Hallo! Hier erhalten Sie kurze anonyme Check-ins. Antworten Sie direkt in der Karte. Befehle: hilfe, pause [Tage oder Datum], stop, resume, sprache de|en.")
    String welcome();

    @Override
    @Message("Dieser Check-in ist geschlossen; Ihre Antwort wurde nicht gespeichert.")
    String closed();
}
