package fr.conventio.bootstrap.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Says loudly, as the last lines of the start-up log, that the application runs as a demo: demo
 * accounts whose passwords are in the README, and/or the demo agreement loaded. Nothing is logged
 * when neither is on, which is the default (production) case.
 */
public class DemoModeWarning implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoModeWarning.class);
    private static final String RULE = "=".repeat(92);

    private final boolean demoAccounts;
    private final boolean demoData;

    public DemoModeWarning(boolean demoAccounts, boolean demoData) {
        this.demoAccounts = demoAccounts;
        this.demoData = demoData;
    }

    /** The warning, line by line; empty when neither the demo accounts nor the demo data are on. */
    List<String> lines() {
        if (!demoAccounts && !demoData) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(RULE);
        lines.add("DEMO MODE - NEVER USE THIS IN PRODUCTION");
        if (demoAccounts) {
            lines.add("The DEMO ACCOUNTS are ON (conventio.security.demo-accounts=true): admin, responsable, instructeur,");
            lines.add("finances and lecture, each with its login as password, printed in the README. Anyone who can");
            lines.add("reach this server can sign in, as an administrator too.");
        }
        if (demoData) {
            lines.add("The DEMO DATA is ON (conventio.demo-data.enabled=true): the 2020 agreement ECO-2020-SCS and two 2027 drafts are loaded.");
        }
        lines.add("For real use, start without the \"demo\" profile and configure the staff users");
        lines.add("(conventio.security.users, hashed passwords): see docs/operations.md.");
        lines.add(RULE);
        return lines;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        lines().forEach(LOG::warn);
    }
}
