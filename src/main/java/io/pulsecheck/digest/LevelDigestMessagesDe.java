package io.pulsecheck.digest;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German wording of {@link LevelDigestMessages}. */
@Localized("de")
public interface LevelDigestMessagesDe extends LevelDigestMessages {

    @Override
    @Message("Bereichsübersicht: {department}")
    String departmentTitle(String department);

    @Override
    @Message("Übersicht der Organisation")
    String organisationTitle();

    @Override
    @Message("Runden vom {from} bis {to}: {respondents} Antworten")
    String subtitle(LocalDate from, LocalDate to, long respondents);

    @Override
    @Message("Runden vom {from} bis {to}: keine Zahlen, zu wenige Antworten")
    String subtitleNotEnough(LocalDate from, LocalDate to);

    @Override
    @Message("Runden vom {from} bis {to}: keine Zahlen, sie würden durch Abziehen eine kleinere Gruppe offenlegen")
    String subtitleDifferencing(LocalDate from, LocalDate to);

    @Override
    @Message("Runden vom {from} bis {to}: noch keine Runde mit genügend Antworten")
    String subtitleNoData(LocalDate from, LocalDate to);

    @Override
    @Message("Teams und Bereiche")
    String parts();

    @Override
    @Message("{name} (eigene Mitglieder)")
    String ownMembers(String name);

    @Override
    @Message("keine Zahlen: zu wenige Antworten")
    String partNotEnough();

    @Override
    @Message("keine Zahlen: sie würden durch Abziehen eine kleinere Gruppe offenlegen")
    String partDifferencing();

    @Override
    @Message("noch keine Runde mit genügend Antworten")
    String partNoData();

    @Override
    @Message("Weitere Dimensionen")
    String furtherDimensions();
}
