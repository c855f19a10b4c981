package fr.conventio.application.publication;

import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.publication.ScdlCsv;
import fr.conventio.domain.publication.ScdlNature;
import fr.conventio.domain.publication.ScdlPaymentPeriod;
import fr.conventio.domain.publication.ScdlPublicationPolicy;
import fr.conventio.domain.publication.ScdlSubsidyRecord;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.shared.SpreadsheetCells;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SCDL "subventions" 2.1.1 file of a budget year (X1, décret 2017-779): one row per signed agreement
 * whose voted subsidy (in force) is above 23 000 € ({@link ScdlPublicationPolicy}). An agreement whose row
 * the schema would refuse (an association with neither SIRET nor RNA, a value out of its format) is left out
 * and reported with its reason in the result; the others are published. Row values: the
 * funder's name and SIRET; the signature date; the deliberation number; the association's name, SIRET
 * and RNA; the Article 1 object on one line, cut at 256 characters; the voted amount; cash aid; payment
 * "échelonné" unless the advance rate is 100 %; the period from the first to the last payment recorded
 * (the signature date while none); a single beneficiary (share 1).
 */
public final class ExportOpenDataService implements ExportOpenDataUseCase {

    static final int MAX_OBJECT = ScdlSubsidyRecord.MAX_TEXT;

    private final PublicationQueries queries;
    private final AgreementRepository agreements;
    private final FunderRepository funders;
    private final AssociationRepository associations;
    private final PaymentRepository payments;

    public ExportOpenDataService(PublicationQueries queries, AgreementRepository agreements, FunderRepository funders,
                                 AssociationRepository associations, PaymentRepository payments) {
        this.queries = Objects.requireNonNull(queries);
        this.agreements = Objects.requireNonNull(agreements);
        this.funders = Objects.requireNonNull(funders);
        this.associations = Objects.requireNonNull(associations);
        this.payments = Objects.requireNonNull(payments);
    }

    @Override
    public OpenDataExport export(ExportOpenDataQuery query) {
        List<ScdlSubsidyRecord> records = new ArrayList<>();
        List<OpenDataExport.Unpublished> unpublished = new ArrayList<>();
        String siren = null;
        for (AgreementId id : queries.signedAgreementsOf(query.year())) {
            Agreement agreement = agreements.findById(id).map(Versioned::value).orElseThrow(() -> new NotFoundException("Convention", id));
            if (!ScdlPublicationPolicy.mustPublish(agreement.subsidy().votedAmount())) {
                continue;
            }
            Funder funder = funders.findById(agreement.funderId()).map(Versioned::value)
                    .orElseThrow(() -> new NotFoundException("Financeur", agreement.funderId()));
            Association association = associations.findById(agreement.associationId()).map(Versioned::value)
                    .orElseThrow(() -> new NotFoundException("Association", agreement.associationId()));
            siren = funder.siret().siren().value();
            if (association.siret().isEmpty() && association.rna().isEmpty()) {
                unpublished.add(new OpenDataExport.Unpublished(agreement.reference().value(), association.name(),
                        "l'association n'a ni SIRET ni numéro RNA (l'un des deux est requis) : renseignez-le sur sa fiche"));
                continue;
            }
            try {
                records.add(record(agreement, funder, association));
            } catch (InvalidValueException notPublishable) {
                unpublished.add(new OpenDataExport.Unpublished(agreement.reference().value(), association.name(),
                        "une donnée ne respecte pas le format national SCDL (colonne " + notPublishable.getMessage() + ")"));
            }
        }
        String fileName = "subventions-" + (siren == null ? "" : siren + "-") + query.year() + ".csv";
        return new OpenDataExport(fileName, ScdlCsv.write(records), records.size(), unpublished);
    }

    @Override
    public List<BudgetYear> years() {
        return queries.yearsWithSignedAgreements();
    }

    private ScdlSubsidyRecord record(Agreement agreement, Funder funder, Association association) {
        LocalDate signed = agreement.signatureDate().orElseThrow();
        List<LocalDate> paid = payments.findByAgreement(agreement.id()).stream().map(Versioned::value)
                .filter(Payment::isRecorded).map(Payment::valueDate).sorted().toList();
        // V5: before anything is paid, an agreement in instalments is published over its dated instalments
        LocalDate lastDated = agreement.paymentTerms().instalments().stream().flatMap(schedule -> schedule.instalments().stream())
                .map(Instalment::dueDate).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(signed);
        LocalDate from = paid.isEmpty() ? signed : paid.getFirst();
        LocalDate to = paid.isEmpty() ? lastDated : paid.getLast();
        ScdlPaymentPeriod period = to.isAfter(from) ? ScdlPaymentPeriod.between(from, to) : ScdlPaymentPeriod.on(from);
        boolean inOnePayment = agreement.paymentTerms().instalments().isEmpty() && agreement.paymentTerms().advanceRate().equals(Rate.HUNDRED);
        String conditions = inOnePayment ? ScdlSubsidyRecord.UNIQUE : ScdlSubsidyRecord.STAGGERED;
        return new ScdlSubsidyRecord(funder.name(), funder.siret().value(), signed,
                agreement.deliberation().map(d -> d.number()).orElse(null), association.name(),
                association.siret().map(Siret::value).orElse(null), association.rna().map(RnaNumber::value).orElse(null),
                oneLine(agreement.object().objectives()), agreement.subsidy().votedAmount(), ScdlNature.CASH, conditions, period,
                null, false, BigDecimal.ONE, null);
    }

    /**
     * The object on one line, neutralised for spreadsheets ({@link SpreadsheetCells}), cut to the schema's 256
     * characters (with an ellipsis when cut).
     */
    static String oneLine(String text) {
        String flat = SpreadsheetCells.neutralised(text.replaceAll("\\s+", " ").strip());
        return flat.length() <= MAX_OBJECT ? flat : flat.substring(0, MAX_OBJECT - 1).strip() + "…";
    }
}
