package io.pulsecheck.demo;

import java.util.List;

import io.pulsecheck.demo.DemoTeam.Leader;
import io.pulsecheck.demo.DemoTeam.Member;
import io.pulsecheck.demo.DemoTeam.PastCycle;

/**
 * The demo organisation: one department with a team whose well-being slides while stress rises (so alerts and
 * reassurance prompts have something to say), a team that recovers, and a customer-service team with a year of
 * check-ins and customer signals ({@link DemoCustomerTeam}). Every past cycle but one reaches k = 5.
 */
final class DemoTeams {

    /** The department; its name is the seed's marker, so a database holding it is seeded already. */
    static final String DEPARTMENT = "Engineering (demo)";

    /** The member the tour answers as: on the roster, not among those who answered the open cycle already. */
    static final String TOUR_MEMBER = "demo.zoe";

    /**
     * The member on Google Chat, answered through the dev-mode Google Chat stand-in (README, A tour): the Google user
     * name the stand-in signs its events with.
     */
    static final String GOOGLE_CHAT_MEMBER = "users/demo-ines";

    static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("Platform (demo)", "Europe/Berlin", new Leader("Lea Lindqvist", "lea@example.com"),
                    List.of(new Member("Anna Berger", "demo.anna", "de"), new Member("Ben Okoro", "demo.ben", "en"),
                            new Member("Clara Weiss", "demo.clara", "de"), new Member("David Kim", "demo.david", "en"),
                            new Member("Elif Yilmaz", "demo.elif", "de"), new Member("Felix Braun", "demo.felix", "de"),
                            new Member("Grace Mensah", "demo.grace", "en"), new Member("Hannes Vogel", "demo.hannes", "de"),
                            Member.onGoogleChat("Ines Duarte", GOOGLE_CHAT_MEMBER, "en"), Member.byEmail("Jonas Hartmann", "jonas@example.com", "de"),
                            Member.onTheWeb("Kira Novak", "demo.kira", "kira@example.com", "en"), new Member("Zoe Fischer", TOUR_MEMBER, "en")),
                    List.of(new PastCycle(10, 0.74, 0.34, 0.72, List.of("Good sprint, clear goals.",
                                    "The new on-call rota helps.", "Nice to see the roadmap shared early.",
                                    "Pairing sessions were great.", "Calm week overall.")),
                            new PastCycle(9, 0.73, 0.36, 0.70, List.of("Too many meetings.", "Good retro.")),
                            new PastCycle(11, 0.70, 0.40, 0.64, List.of("Release went smoothly.",
                                    "Rumours about the reorg are unsettling.", "Would like to know what the reorg means for us.",
                                    "Still enjoy the work.", "Lots of interruptions this week.",
                                    "Good support from the team.")),
                            new PastCycle(10, 0.66, 0.46, 0.58, List.of()),
                            new PastCycle(9, 0.62, 0.50, 0.52, List.of("Nobody tells us anything about the reorg.",
                                    "Deadlines feel unrealistic.", "I am working evenings again.",
                                    "Please share what is decided and what is not.", "Team spirit is still good.")),
                            new PastCycle(8, 0.40, 0.74, 0.38, List.of("Exhausted after the incident week.",
                                    "The incident was handled well, but we need a break.",
                                    "Uncertainty about the reorg is the biggest stressor.",
                                    "An open Q&A with management would help.", "Too much context switching.",
                                    "Thanks to whoever brought cake."))),
                    List.of("Still waiting for news on the reorg.", "Better week than the last one.",
                            "Workload is high but manageable.", "Please keep the Friday demos.")),
            new DemoTeam("Mobile (demo)", "Europe/Lisbon", new Leader("Omar Haddad", "omar@example.com"),
                    List.of(new Member("Ana Costa", "demo.ana", "en"), new Member("Bruno Lima", "demo.bruno", "en"),
                            new Member("Chloe Martin", "demo.chloe", "en"), new Member("Diego Ramos", "demo.diego", "en"),
                            new Member("Eva Lindner", "demo.eva", "de"), new Member("Farah Aziz", "demo.farah", "en"),
                            new Member("Gustav Lund", "demo.gustav", "en"), new Member("Hana Sato", "demo.hana", "en"),
                            new Member("Ivan Petrov", "demo.ivan", "en"), new Member("Julia Sousa", "demo.julia", "en"),
                            new Member("Karim Nasser", "demo.karim", "en"), new Member("Lena Maier", "demo.lena", "de")),
                    List.of(new PastCycle(8, 0.50, 0.56, 0.50, List.of("App store review delays are frustrating.")),
                            new PastCycle(4, 0.52, 0.54, 0.55, List.of()),
                            new PastCycle(9, 0.58, 0.48, 0.60, List.of("The new release train is clearer.",
                                    "Good planning session.", "Less firefighting than before.",
                                    "Happy with the design handover.", "Standups are shorter now, thanks.")),
                            new PastCycle(10, 0.62, 0.45, 0.66, List.of("Good week.", "Test devices arrived.",
                                    "Still too many urgent requests.")),
                            new PastCycle(9, 0.66, 0.41, 0.70, List.of("Roadmap review was useful.",
                                    "Feels like we are heard.", "Nice release.", "Better focus time.",
                                    "Onboarding of the new colleague went well.", "Good collaboration with backend.")),
                            new PastCycle(11, 0.70, 0.37, 0.73, List.of("Great team week.", "Clear priorities.",
                                    "Thanks for the recognition in the all-hands.", "Relaxed sprint.",
                                    "The retro actions were actually done."))),
                    List.of("Good start into the week.", "Looking forward to the offsite.")),
            DemoCustomerTeam.TEAM);

    private DemoTeams() {
    }
}
