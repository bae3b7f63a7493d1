package io.pulsecheck.customers;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German wording of {@link CustomerMessages}, in "Sie" like every German text (docs/ARCHITECTURE.md, "Texts"). */
@Localized("de")
public interface CustomerMessagesDe extends CustomerMessages {

    @Override
    @Message("Kundensignale")
    String heading();

    @Override
    @Message("CSAT")
    String csat();

    @Override
    @Message("Kunden-NPS")
    String nps();

    @Override
    @Message("Erstlösungsquote")
    String fcr();

    @Override
    @Message("Beschwerden")
    String complaints();

    @Override
    @Message("Durchschnittliche Bearbeitungszeit")
    String aht();

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
    @Message("Psychologische Sicherheit")
    String safety();

    @Override
    @Message("besser")
    String better();

    @Override
    @Message("schlechter")
    String worse();

    @Override
    @Message("{metric}: {from} → {to} ({trend}) in Woche {week}")
    String moved(String metric, String from, String to, String trend, String week);

    @Override
    @Message("Zusammenhang, keine Ursache: {index} und {metric} haben sich über {cycles} Check-ins gemeinsam bewegt (r = {r}, 95-%-Intervall {low} bis {high}).")
    String association(String index, String metric, String r, String low, String high, int cycles);
}
