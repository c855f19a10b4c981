package fr.conventio.application.paperwork;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.paperwork.PaperworkFacts;
import fr.conventio.domain.shared.AgreementId;

import java.time.Clock;
import java.util.Objects;

/** Loads what the documents of an agreement are written from (its file, its parties, today by the clock). */
final class PaperworkFactsLoader {

    private final AgreementFiles files;
    private final FunderRepository funders;
    private final AssociationRepository associations;
    private final Clock clock;

    PaperworkFactsLoader(AgreementFiles files, FunderRepository funders, AssociationRepository associations, Clock clock) {
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
                file.recoveryOrders().stream().map(Versioned::value).toList(), file.control(), Guards.today(clock));
    }
}
