package io.pulsecheck.digest;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German wording of {@link PreBriefMessages}, addressing the leader with "Sie" like every German text. */
@Localized("de")
public interface PreBriefMessagesDe extends PreBriefMessages {

    @Override
    @Message("In der letzten Runde ({date}) ist das Wohlbefinden von {from} auf {to} gesunken, mehr als das Rauschen.")
    String wellbeingFell(LocalDate date, String from, String to);

    @Override
    @Message("In der letzten Runde ({date}) ist der Stress von {from} auf {to} gestiegen, mehr als das Rauschen.")
    String stressRose(LocalDate date, String from, String to);

    @Override
    @Message("In der letzten Runde ({date}) ist die Transparenz von {from} auf {to} gesunken, mehr als das Rauschen.")
    String transparencyFell(LocalDate date, String from, String to);

    @Override
    @Message("In der letzten Runde ({date}) ist die psychologische Sicherheit von {from} auf {to} gesunken, mehr als das Rauschen.")
    String safetyFell(LocalDate date, String from, String to);

    @Override
    @Message("In der letzten Runde ({date}) ist der Wert „{name}“ von {from} auf {to} gesunken, mehr als das Rauschen.")
    String dimensionFell(LocalDate date, String name, String from, String to);

    @Override
    @Message("In der letzten Runde ({date}) haben {participation} % des Teams geantwortet.")
    String lowParticipation(LocalDate date, String participation);

    @Override
    @Message("Die letzte Runde ({date}) zeigte keine Veränderung über das Rauschen hinaus.")
    String steady(LocalDate date);

    @Override
    @Message("Diese Runde teilt Ihrem Team mit, was Sie getan haben: „{action}“. Sagen Sie es ihm auch selbst, und wie es weitergeht.")
    String actionDue(String action);
}
