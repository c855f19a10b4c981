package fr.conventio.application.funder;

import fr.conventio.domain.shared.BudgetYear;

import java.util.List;

/**
 * Where the funder's setup stands for the budget year: each step, done or not, with the budget lines it still
 * lacks (by code) for the steps counted per line. Complete when every step is done.
 */
public record FunderSetupChecklist(BudgetYear year, List<Item> items) {

    public FunderSetupChecklist {
        items = List.copyOf(items);
    }

    /**
     * One step of the setup.
     *
     * @param missingLines the codes of the budget lines this step still lacks (envelopes, budget adopted), empty otherwise
     */
    public record Item(FunderSetupStep step, boolean done, List<String> missingLines) {

        public Item {
            missingLines = List.copyOf(missingLines);
        }
    }

    public boolean complete() {
        return items.stream().allMatch(Item::done);
    }
}
