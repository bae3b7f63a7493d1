package io.pulsecheck.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.pulsecheck.demo.DemoTeam.Leader;
import io.pulsecheck.demo.DemoTeam.Member;
import io.pulsecheck.demo.DemoTeam.PastCycle;

/**
 * The demo's customer-service team: a year of weekly check-ins whose stress follows the seasons of a contact centre
 * (a busy spring, a system migration in summer, the year-end peak, an outage in the last week), and the weekly CSAT
 * and complaint counts its ticket system would export, moving with that stress. The tour's side-by-side view and its correlations read them.
 */
final class DemoCustomerTeam {

    static final String NAME = "Customer Service (demo)";

    /** Closed weekly check-ins before today's open one. */
    static final int WEEKS = 52;

    static final DemoTeam TEAM = new DemoTeam(NAME, "Europe/Berlin", new Leader("Sofia Brandt", "sofia@example.com"),
            List.of(new Member("Mara Keller", "demo.mara", "de"), new Member("Noah Schmidt", "demo.noah", "de"),
                    new Member("Olivia Chen", "demo.olivia", "en"), new Member("Paul Wagner", "demo.paul", "de"),
                    new Member("Rosa Alves", "demo.rosa", "en"), new Member("Samir Haddou", "demo.samir", "de"),
                    new Member("Tina Lorenz", "demo.tina", "de"), new Member("Umut Demir", "demo.umut", "de"),
                    new Member("Vera Holm", "demo.vera", "en"), new Member("Wim de Vries", "demo.wim", "en"),
                    new Member("Xenia Roth", "demo.xenia", "de"), new Member("Yusuf Kaya", "demo.yusuf", "de")),
            pastCycles(), List.of("Queue was long on Monday, calmer since.", "The new reply templates save time."));

    private DemoCustomerTeam() {
    }

    /** The team's stress in week {@code i} (0 = a year ago), 0..1. */
    static double stress(int week) {
        double season = 0.38 + 0.12 * Math.sin(2 * Math.PI * (week + 4) / 26.0);
        double migration = week >= 24 && week <= 29 ? 0.22 - 0.03 * Math.abs(week - 26) : 0;
        double yearEnd = week >= 46 ? 0.04 * (week - 45) : 0;
        // A product outage in the last closed week: the digest has a customer line to show.
        double outage = week == WEEKS - 1 ? 0.08 : 0;
        return Math.min(0.9, season + migration + yearEnd + outage);
    }

    private static List<PastCycle> pastCycles() {
        List<PastCycle> cycles = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            double stress = stress(week);
            List<String> comments = week == 26 ? List.of("The new ticket system crashes several times a day.",
                    "Customers are angry about the waiting times and we take the heat.",
                    "I am afraid to admit a mistake when everything is escalated.",
                    "Thanks to the team lead for taking the hardest calls.", "We need more people on the phones.")
                    : List.of();
            cycles.add(new PastCycle(8 + week * 7 % 4, 0.82 - 0.6 * stress, stress, 0.7 - 0.3 * stress, comments));
        }
        return cycles;
    }

    /**
     * The customer signals of the cycle weeks as the ticket system exports them (CSV, one CSAT and one complaint
     * count per week), moving with the week's stress plus noise.
     */
    static String signalsCsv(List<LocalDate> cycleDates) {
        Random random = new Random(19);
        StringBuilder csv = new StringBuilder("date,metric,value,sample_size\n");
        for (int week = 0; week < cycleDates.size(); week++) {
            double stress = stress(week);
            double csat = Math.max(1, Math.min(5, 4.6 - 1.4 * stress + random.nextGaussian() * 0.06));
            long complaints = Math.max(0, Math.round(12 + 75 * stress + random.nextGaussian() * 4));
            String date = cycleDates.get(week).toString();
            csv.append(date).append(",csat,").append(String.format(Locale.ROOT, "%.2f", csat)).append(',')
                    .append(380 + random.nextInt(90)).append('\n');
            csv.append(date).append(",complaints,").append(complaints).append(',').append(2300 + random.nextInt(400))
                    .append('\n');
        }
        return csv.toString();
    }
}
