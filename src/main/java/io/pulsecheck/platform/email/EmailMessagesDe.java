package io.pulsecheck.platform.email;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German wording of {@link EmailMessages}, addressing the reader with "Sie" (docs/ARCHITECTURE.md, "Texts"). */
@Localized("de")
public interface EmailMessagesDe extends EmailMessages {

    @Override
    @Message("Ihr Check-in mit {team}")
    String subject(String team);

    @Override
    @Message("Erinnerung: Ihr Check-in mit {team}")
    String reminderSubject(String team);

    @Override
    @Message("Zeit für Ihren Check-in mit {team}. Er dauert eine Minute und bleibt anonym: Ihre Führungskräfte sehen nur Gruppenergebnisse.")
    String intro(String team);

    @Override
    @Message("Eine freundliche Erinnerung: Ihr Check-in mit {team} ist noch offen. Er dauert eine Minute und bleibt anonym.")
    String reminderIntro(String team);

    @Override
    @Message("Sie haben es uns gesagt, wir haben gehandelt. Seit Ihrem letzten Check-in:")
    String leaderActions();

    @Override
    @Message("Zum Check-in")
    String answer();

    @Override
    @Message("Dieser Link ist persönlich: Bitte leiten Sie ihn nicht weiter. Er funktioniert einmal, bis der Check-in endet.")
    String linkNote();

    @Override
    @Message("Check-ins pausieren, beenden oder ihre Sprache ändern")
    String preferences();

    @Override
    @Message("Sie erhalten diese E-Mail, weil Ihre Organisation anonyme Check-ins mit pulsecheck durchführt.")
    String why();
}
