package fr.conventio.application.port.out;

import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.shared.AgreementId;

import java.util.List;
import java.util.Optional;

/**
 * Stores the figures of each agreement's account ({@link AccountFigures}), one record per agreement with
 * one line per budget line: a projection that the read side selects and sorts on (lists, dashboard,
 * deadlines, budget consumption). Written by the use case that changed the agreement's file, in the same
 * transaction; never the source of a decision.
 */
public interface AgreementAccountRepository {

    /** Stores the figures, replacing those stored before for the same agreement. */
    void save(AccountFigures figures);

    /** Forgets the figures of a deleted agreement (a draft); nothing when none are stored. */
    void delete(AgreementId agreementId);

    /** The figures last stored for the agreement. */
    Optional<AccountFigures> findByAgreement(AgreementId agreementId);

    /**
     * Up to {@code limit} agreements that have no figures stored yet (stored before the accounts existed, or
     * written by a tool that does not go through the use cases), in no particular order.
     */
    List<AgreementId> agreementsWithoutFigures(int limit);
}
