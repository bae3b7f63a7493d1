package io.pulsecheck.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.customers.CustomerVoice;
import io.pulsecheck.customers.CustomerVoiceReport;
import io.pulsecheck.customers.CustomerWording;
import io.pulsecheck.customers.CustomersConfig;
import io.pulsecheck.customers.RelationshipStatus;
import io.pulsecheck.insights.TeamInsights;

/**
 * Builds the customer voice of a team's page from the same service and window as the API's customer-voice report, so
 * the page shows exactly what the API shows: no pairing for a check-in whose employee cell is hidden, and no figures
 * for a relationship the report does not show.
 */
@ApplicationScoped
public class CustomerPanels {

    @Inject
    CustomerVoice voice;

    @Inject
    CustomersConfig config;

    public CustomerPanel panel(UUID teamId, TeamInsights report, String locale) {
        DashboardMessages t = UserLocale.bundle(DashboardMessages.class, locale);
        CustomerWording names = CustomerWording.of(locale);
        CustomerVoiceReport customer = voice.team(teamId, report.teamName(), report.from(), report.to());
        List<String> metrics = customer.customerMetrics().stream().map(CustomerVoiceReport.MetricInfo::metric)
                .toList();
        List<CustomerPanel.Row> rows = new ArrayList<>();
        for (CustomerVoiceReport.Week week : customer.cycles()) {
            List<String> values = !week.employeeShown() ? List.of() : metrics.stream()
                    .map(m -> week.customer().containsKey(m) ? week.customer().get(m).value().toPlainString() : "")
                    .toList();
            rows.add(new CustomerPanel.Row(week.cycleDate().toString(), week.week(), week.employeeShown(), values));
        }
        // Keyed by index and metric in the report's order; lag 0 and lag 1 share a row.
        Map<String, CustomerPanel.Correlation[]> byPair = new LinkedHashMap<>();
        Map<String, CustomerVoiceReport.Relationship> first = new LinkedHashMap<>();
        for (CustomerVoiceReport.Relationship r : customer.relationships()) {
            String key = r.employee() + "|" + r.customer();
            first.putIfAbsent(key, r);
            byPair.computeIfAbsent(key, k -> new CustomerPanel.Correlation[2])[r.lag()] = correlation(r, t);
        }
        List<CustomerPanel.RelationshipRow> relationships = new ArrayList<>();
        byPair.forEach((key, lags) -> relationships.add(new CustomerPanel.RelationshipRow(
                names.indexName(first.get(key).employee()), names.label(first.get(key).customer()), lags[0], lags[1])));
        return new CustomerPanel(metrics.stream().map(names::label).toList(), rows, relationships,
                t.associationNote(config.minCommonCycles()));
    }

    private CustomerPanel.Correlation correlation(CustomerVoiceReport.Relationship r, DashboardMessages t) {
        String figures = null;
        String reading;
        if (r.status() == RelationshipStatus.SHOWN) {
            figures = t.correlation(String.valueOf(r.r()), String.valueOf(r.ciLow()), String.valueOf(r.ciHigh()),
                    r.commonCycles());
            boolean clear = r.ciLow() > 0 || r.ciHigh() < 0;
            reading = clear ? null : t.noClearAssociation();
        } else if (r.status() == RelationshipStatus.NOT_ENOUGH_CYCLES) {
            reading = t.notEnoughCycles(r.commonCycles(), config.minCommonCycles());
        } else if (r.status() == RelationshipStatus.INTERVAL_TOO_WIDE) {
            reading = t.intervalTooWide();
        } else {
            reading = t.noVariation();
        }
        return new CustomerPanel.Correlation(r.status().wireName(), figures, reading);
    }
}
