package io.pulsecheck.digest;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The fixed wording of digests, alerts and trend charts for leaders (Qute message bundle; German in
 * {@link DigestMessagesDe}, picked by {@link io.pulsecheck.common.i18n.UserLocale} through {@link DigestWording}).
 * Numbers arrive formatted ({@code "76.0"}); dates are ISO.
 */
@MessageBundle(value = "digest", locale = "en")
public interface DigestMessages {

    @Message("Well-being")
    String wellbeing();

    @Message("Stress")
    String stress();

    @Message("Transparency")
    String transparency();

    @Message("eNPS")
    String enps();

    @Message("Psychological safety")
    String safety();

    @Message("Trust in leadership")
    String trust();

    @Message("Workload")
    String workload();

    @Message("Recognition")
    String recognition();

    @Message("Participation")
    String participation();

    @Message("What moved beyond the noise")
    String moved();

    @Message("{name}: {from} → {to}")
    String movedLine(String name, String from, String to);

    @Message("Weekly pulse: {team}")
    String digestTitle(String team);

    @Message("Cycle of {date}, {responses} responses")
    String digestSubtitle(LocalDate date, long responses);

    @Message("Cycle of {date}")
    String digestSubtitleHidden(LocalDate date);

    @Message("No check-in yet")
    String digestNoData();

    @Message("not enough responses yet")
    String notEnough();

    @Message("no answers")
    String noData();

    @Message("Anonymous comments")
    String comments();

    @Message("Suggested actions")
    String suggestions();

    @Message("Your open actions")
    String actions();

    @Message("None yet. Record what you did so your team hears about it.")
    String actionsNone();

    @Message("Trend of well-being, stress and transparency")
    String chartAlt();

    @Message("Index (0-100)")
    String chartAxis();

    @Message("Check-in alert: {team}")
    String alertTitle(String team);

    @Message("Well-being dropped from {from} to {to} (beyond the confidence interval).")
    String alertWellbeing(String from, String to);

    @Message("Stress rose from {from} to {to} (beyond the confidence interval).")
    String alertStress(String from, String to);

    @Message("Transparency dropped from {from} to {to} (beyond the confidence interval).")
    String alertTransparency(String from, String to);

    @Message("Open your dashboard")
    String openDashboard();

    @Message("Psychological safety dropped from {from} to {to} (beyond the confidence interval).")
    String alertSafety(String from, String to);

    @Message("New series")
    String newSeriesHeading();

    @Message("New series since {date}: asked {instrument} instead of {previous}. Changes compare only check-ins of the same instrument.")
    String newSeries(LocalDate date, String instrument, String previous);

    @Message("{name} dropped from {from} to {to} (beyond the confidence interval).")
    String alertDimension(String name, String from, String to);
}
