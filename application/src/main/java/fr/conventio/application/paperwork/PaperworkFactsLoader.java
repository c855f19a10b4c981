package fr.conventio.application.paperwork;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.agreementfile.AnnualSubsidiesReview;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.paperwork.PaperworkFacts;
import fr.conventio.domain.shared.AgreementId;

import java.time.Clock;
import java.util.Objects;

/**
 * Loads what the documents of an agreement are written from: its file, its parties, today by the clock, the plan of the
 * multi-year agreement it heads (D5) and what the funder grants the association that year by its other agreements
 * (D3, O4, as {@link AnnualSubsidiesReview} counts it when signing).
 */
final class PaperworkFactsLoader {

    private final AgreementFiles files;
    private final FunderRepository funders;
    private final AssociationRepository associations;
    private final Clock clock;
    private final MultiYearPlanRepository multiYearPlans;
    private final AnnualSubsidiesReview annualSubsidies;

    /** Without the multi-year plan nor the other agreements of the year: enough to know which documents apply. */
    PaperworkFactsLoader(AgreementFiles files, FunderRepository funders, AssociationRepository associations, Clock clock) {
        this(files, funders, associations, clock, null, null);
    }

    PaperworkFactsLoader(AgreementFiles files, FunderRepository funders, AssociationRepository associations, Clock clock,
                         MultiYearPlanRepository multiYearPlans, AnnualSubsidiesReview annualSubsidies) {
        this.multiYearPlans = multiYearPlans;
        this.annualSubsidies = annualSubsidies;
        this.files = Objects.requireNonNull(files);
        this.funders = Objects.requireNonNull(funders);
        this.associations = Objects.requireNonNull(associations);
        this.clock = Objects.requireNonNull(clock);
    }

    PaperworkFacts load(AgreementId id) {
        AgreementFile file = files.load(id);
        Agreement agreement = file.agreement();
        var funder = funders.findById(agreement.funderId()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException("Financeur", agreement.funderId()));
        var association = associations.findById(agreement.associationId()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException("Association", agreement.associationId()));
        return new PaperworkFacts(agreement, funder, association, file.obligations().stream().map(Versioned::value).toList(),
                file.recoveryOrders().stream().map(Versioned::value).toList(), file.control(), Guards.today(clock),
                multiYearPlans == null ? null : multiYearPlans.findByHead(agreement.id()).map(Versioned::value).orElse(null),
                annualSubsidies == null ? null : annualSubsidies.othersOf(agreement));
    }
}
