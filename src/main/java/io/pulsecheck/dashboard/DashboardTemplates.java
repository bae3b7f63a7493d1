package io.pulsecheck.dashboard;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The web view's pages ({@code templates/dashboard/}); type-checked at build time. */
@CheckedTemplate(basePath = "dashboard")
final class DashboardTemplates {

    private DashboardTemplates() {
    }

    static native TemplateInstance overview(boolean hr, List<DashboardAccess.TeamLink> teams, String csrf);

    static native TemplateInstance team(TeamPage page, boolean hr, String csrf, String error, String draft,
            ReplyPanel replies);

    static native TemplateInstance org(OrgPage page, String csrf);

    static native TemplateInstance message(String title, String text, boolean signIn);
}
