package io.pulsecheck.customers;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The wording of customer signals in leaders' digests and charts (Qute message bundle; German in
 * {@link CustomerMessagesDe}, picked through {@link CustomerWording}). German texts address the reader with "Sie".
 * Numbers arrive formatted; weeks as ISO weeks ({@code 2026-W05}).
 */
@MessageBundle(value = "customers", locale = "en")
public interface CustomerMessages {

    @Message("Customer signals")
    String heading();

    @Message("CSAT")
    String csat();

    @Message("Customer NPS")
    String nps();

    @Message("First-contact resolution")
    String fcr();

    @Message("Complaints")
    String complaints();

    @Message("Average handling time")
    String aht();

    @Message("Well-being")
    String wellbeing();

    @Message("Stress")
    String stress();

    @Message("Transparency")
    String transparency();

    @Message("Psychological safety")
    String safety();

    @Message("better")
    String better();

    @Message("worse")
    String worse();

    @Message("{metric}: {from} → {to} ({trend}) in week {week}")
    String moved(String metric, String from, String to, String trend, String week);

    @Message("Association, not cause: {index} and {metric} moved together over {cycles} check-ins (r = {r}, 95% interval {low} to {high}).")
    String association(String index, String metric, String r, String low, String high, int cycles);
}
