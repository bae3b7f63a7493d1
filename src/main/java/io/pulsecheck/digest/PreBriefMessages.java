package io.pulsecheck.digest;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The wording of the pre-brief a leader gets before each check-in (German in {@link PreBriefMessagesDe}). Numbers
 * arrive formatted; dates are ISO.
 */
@MessageBundle(value = "prebrief", locale = "en")
public interface PreBriefMessages {

    @Message("In the last check-in ({date}) well-being fell from {from} to {to}, more than noise.")
    String wellbeingFell(LocalDate date, String from, String to);

    @Message("In the last check-in ({date}) stress rose from {from} to {to}, more than noise.")
    String stressRose(LocalDate date, String from, String to);

    @Message("In the last check-in ({date}) transparency fell from {from} to {to}, more than noise.")
    String transparencyFell(LocalDate date, String from, String to);

    @Message("In the last check-in ({date}) psychological safety fell from {from} to {to}, more than noise.")
    String safetyFell(LocalDate date, String from, String to);

    @Message("In the last check-in ({date}) {name} fell from {from} to {to}, more than noise.")
    String dimensionFell(LocalDate date, String name, String from, String to);

    @Message("In the last check-in ({date}) {participation}% of the team answered.")
    String lowParticipation(LocalDate date, String participation);

    @Message("The last check-in ({date}) showed no change larger than noise.")
    String steady(LocalDate date);

    @Message("This check-in tells your team what you did: \"{action}\". Tell them yourself as well, and what comes next.")
    String actionDue(String action);
}
