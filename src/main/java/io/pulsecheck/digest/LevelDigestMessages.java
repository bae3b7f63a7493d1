package io.pulsecheck.digest;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The wording of the department and organisation digests (German in {@link LevelDigestMessagesDe}). Numbers arrive
 * formatted; dates are ISO.
 */
@MessageBundle(value = "leveldigest", locale = "en")
public interface LevelDigestMessages {

    @Message("Department digest: {department}")
    String departmentTitle(String department);

    @Message("Organisation digest")
    String organisationTitle();

    @Message("Check-ins from {from} to {to}: {respondents} answers")
    String subtitle(LocalDate from, LocalDate to, long respondents);

    @Message("Check-ins from {from} to {to}: no numbers, too few answers")
    String subtitleNotEnough(LocalDate from, LocalDate to);

    @Message("Check-ins from {from} to {to}: no numbers, they would reveal a smaller group by subtraction")
    String subtitleDifferencing(LocalDate from, LocalDate to);

    @Message("Check-ins from {from} to {to}: no check-in with enough answers yet")
    String subtitleNoData(LocalDate from, LocalDate to);

    @Message("Teams and departments")
    String parts();

    @Message("{name} (own members)")
    String ownMembers(String name);

    @Message("no numbers: too few answers")
    String partNotEnough();

    @Message("no numbers: they would reveal a smaller group by subtraction")
    String partDifferencing();

    @Message("no check-in with enough answers yet")
    String partNoData();

    @Message("Further dimensions")
    String furtherDimensions();
}
