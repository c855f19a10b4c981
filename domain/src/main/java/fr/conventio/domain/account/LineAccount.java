package fr.conventio.domain.account;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Checks;

/**
 * One budget line of an agreement, as its account sees it (B3, B4, V4).
 *
 * @param share     the line's part of the voted subsidy in the current split (zero for a line an amendment took out)
 * @param committed what the line is committed for: nothing before signature, then the line's part of what the
 *                  agreement will finally cost (the final subsidy once settled, what the association keeps once
 *                  terminated), given what was already paid on it
 * @param released  what the settlement, a termination or a reduction gave back to the line's envelope: share − committed
 * @param paid      the payments charged to the line (not cancelled)
 * @param recovered what the recovery orders brought back to the line
 */
public record LineAccount(BudgetLineId budgetLineId, Amount share, Amount committed, Amount released, Amount paid, Amount recovered) {

    public LineAccount {
        Checks.require("ligne budgétaire", budgetLineId);
        Checks.require("part de la ligne", share);
        Checks.require("engagement de la ligne", committed);
        Checks.require("dégagement de la ligne", released);
        Checks.require("versé sur la ligne", paid);
        Checks.require("recouvré sur la ligne", recovered);
    }

    /** What the line shows as paid: the payments charged to it, less what recovery orders brought back. */
    public Amount netPaid() {
        return paid.minusOrZero(recovered);
    }

    /** What may still be charged to the line within its share (V4): the share less the payments charged to it. */
    public Amount shareLeft() {
        return share.minusOrZero(paid);
    }
}
