package fr.conventio.bootstrap.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why the application refused to start without any user, and what to set, instead of a stack trace. */
public class StaffUsersFailureAnalyzer extends AbstractFailureAnalyzer<NoStaffUserConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoStaffUserConfiguredException cause) {
        return new FailureAnalysis(NoStaffUserConfiguredException.DESCRIPTION, NoStaffUserConfiguredException.ACTION, cause);
    }
}
