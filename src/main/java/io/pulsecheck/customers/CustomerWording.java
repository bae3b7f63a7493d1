package io.pulsecheck.customers;

import io.pulsecheck.common.i18n.UserLocale;

/**
 * The customer-signal wording for one reader: their language's bundle, with the display names of metrics (a custom
 * metric shows its own name) and of employee indices.
 */
public record CustomerWording(CustomerMessages messages) {

    public static CustomerWording of(String locale) {
        return new CustomerWording(UserLocale.bundle(CustomerMessages.class, locale));
    }

    public String heading() {
        return messages.heading();
    }

    /** "CSAT", "Beschwerden", or the custom metric's name with spaces. */
    public String label(String metric) {
        BuiltInMetric builtIn = BuiltInMetric.of(metric);
        if (builtIn == null) {
            return metric.replace('_', ' ');
        }
        return switch (builtIn) {
            case CSAT -> messages.csat();
            case NPS -> messages.nps();
            case FCR -> messages.fcr();
            case COMPLAINTS -> messages.complaints();
            case AHT -> messages.aht();
        };
    }

    /** The display name of an employee index by its dimension. */
    public String indexName(String dimension) {
        return switch (dimension) {
            case "wellbeing" -> messages.wellbeing();
            case "stress" -> messages.stress();
            case "transparency" -> messages.transparency();
            case "safety" -> messages.safety();
            default -> dimension;
        };
    }

    String better() {
        return messages.better();
    }

    String worse() {
        return messages.worse();
    }

    String moved(String metric, String from, String to, String trend, String week) {
        return messages.moved(metric, from, to, trend, week);
    }

    String association(String index, String metric, String r, String low, String high, int cycles) {
        return messages.association(index, metric, r, low, high, cycles);
    }
}
