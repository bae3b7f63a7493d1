package io.pulsecheck.dashboard;

import java.util.List;

/** The organisation view for HR: the API's organisation report as display text. */
public record OrgPage(String intro, List<Row> rows) {

    /** The organisation, a department roll-up or a team. */
    public record Row(String kind, String name, String answers, TeamPage.Cell participation, TeamPage.Cell wellbeing,
            TeamPage.Cell stress, TeamPage.Cell transparency, TeamPage.Cell enps) {
    }
}
