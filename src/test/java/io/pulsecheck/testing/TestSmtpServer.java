package io.pulsecheck.testing;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a dynamic port; Quarkus Mailer sends to it, and tests
 * read the received mails back with their headers and parts. Global, so no test needs its own profile.
 */
@QuarkusTestResource(value = TestSmtpServer.class, restrictToAnnotatedClass = false)
public class TestSmtpServer implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;

    public static GreenMail server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        ServerSetup smtp = ServerSetupTest.SMTP.dynamicPort();
        GreenMail started = new GreenMail(smtp);
        started.start();
        server = started;
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(started.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                // A fresh connection per mail: a pooled one GreenMail had dropped once stalled a send until its timeout.
                "quarkus.mailer.keep-alive", "false",
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
