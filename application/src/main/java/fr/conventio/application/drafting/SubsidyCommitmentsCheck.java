package fr.conventio.application.drafting;

import java.util.List;

/**
 * What signing would meet on the budget lines (B4), said early: for each line of the split that would refuse the
 * commitment today (the year's budget not adopted, or not enough left on the envelope), the domain's own message.
 * Empty when the signature would commit the split.
 */
public record SubsidyCommitmentsCheck(List<String> problems) {

    public SubsidyCommitmentsCheck {
        problems = List.copyOf(problems);
    }

    public boolean clear() {
        return problems.isEmpty();
    }
}
