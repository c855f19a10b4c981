package fr.conventio.adapters.persistence.agreement;

import fr.conventio.adapters.persistence.support.CommonRowMappings;
import fr.conventio.domain.agreement.ActionProgramme;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementObject;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementVersion;
import fr.conventio.domain.agreement.Amendment;
import fr.conventio.domain.agreement.ChangedElement;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Settlement;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.Suspension;
import fr.conventio.domain.agreement.Termination;
import fr.conventio.domain.agreement.ThirdPartyDelegation;
import fr.conventio.domain.party.Deliberation;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.FunderId;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Agreement ↔ {@link AgreementRow}. The value records are mapped by MapStruct; the aggregate is
 * taken apart through its accessors and rebuilt with {@link Agreement#rehydrate}. Terms: one row
 * (number 0) before signature; afterwards one row per version (0 as signed, n after amendment n),
 * the version in force being the last. Version 0 applies from the signature date, version n from
 * amendment n's date, so neither number nor date is stored twice.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface AgreementRowMapper extends CommonRowMappings {

    // ------------------------------------------------------------------ aggregate

    default AgreementRow toRow(Agreement agreement, Long version) {
        List<TermsRow> terms = agreement.signatureDate().isPresent()
                ? agreement.versions().stream().map(v -> toRow(Terms.of(v))).toList()
                : List.of(toRow(Terms.inForce(agreement)));
        Map<Integer, AmendmentRow> amendments = agreement.amendments().stream()
                .collect(Collectors.toMap(Amendment::number, this::toRow));
        return new AgreementRow(agreement.id().value(), agreement.createdBy().orElse(null), agreement.reference().value(),
                agreement.funderId().value(),
                agreement.associationId().value(), agreement.budgetYear().value(), agreement.object().objectives(),
                agreement.status(), terms.size() - 1, agreement.deliberation().map(this::toRow).orElse(null),
                agreement.signatureDate().orElse(null), agreement.settlement().map(this::toRow).orElse(null),
                agreement.closedOn().orElse(null), agreement.termination().map(this::toRow).orElse(null), terms, amendments,
                agreement.thirdPartyDelegations().stream().map(this::toRow).toList(),
                agreement.suspensions().stream().map(this::toRow).toList(), version);
    }

    default Agreement toAgreement(AgreementRow row) {
        List<Terms> terms = row.terms().stream().map(this::toTerms).toList();
        if (terms.isEmpty() || row.termsVersion() != terms.size() - 1) {
            throw new IllegalStateException("convention " + row.reference() + " : conditions en vigueur n° " + row.termsVersion()
                    + " absentes ou qui ne sont pas les dernières (" + terms.size() + " versions enregistrées)");
        }
        Terms inForce = terms.get(row.termsVersion());
        AgreementVersion originalVersion = row.signatureDate() == null ? null : terms.getFirst().asVersion(0, row.signatureDate());
        List<Amendment> amendments = row.amendments().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> toAmendment(entry.getKey(), entry.getValue(), terms))
                .toList();
        return Agreement.rehydrate(new AgreementId(row.id()), new AgreementReference(row.reference()),
                new FunderId(row.funderId()), new AssociationId(row.associationId()), inForce.signatory(),
                inForce.representative(), new BudgetYear(row.budgetYear()), new AgreementObject(row.object()),
                inForce.programme(), inForce.forecastBudget(), inForce.subsidy(), inForce.paymentTerms(),
                inForce.operationPeriod(), inForce.keepUnspentClause(), row.status(),
                row.deliberation() == null ? null : toDeliberation(row.deliberation()), row.signatureDate(), originalVersion,
                amendments, row.thirdPartyDelegations().stream().map(this::toDelegation).toList(),
                row.suspensions().stream().map(this::toSuspension).toList(),
                row.settlement() == null ? null : toSettlement(row.settlement()), row.closedOn(),
                row.termination() == null ? null : toTermination(row.termination()), row.createdBy());
    }

    private Amendment toAmendment(int number, AmendmentRow row, List<Terms> terms) {
        if (number >= terms.size()) {
            throw new IllegalStateException("avenant n° " + number + " : la version qu'il produit n'est pas enregistrée");
        }
        List<ChangedElement> changes = row.changes().stream().map(ChangedElement::valueOf).toList();
        return new Amendment(number, row.amendmentDate(), row.description(), changes, row.otherChange(),
                terms.get(number).asVersion(number, row.amendmentDate()));
    }

    // ------------------------------------------------------------------ terms

    @Mapping(target = "eligibleExpenses", source = "forecastBudget.eligibleExpenses")
    @Mapping(target = "fundingSources", source = "forecastBudget.financingPlan")
    @Mapping(target = "inKindContributions", source = "forecastBudget.inKindContributions")
    @Mapping(target = "subsidyAmount", source = "subsidy.votedAmount")
    @Mapping(target = "allocations", source = "subsidy.split")
    @Mapping(target = "categories", source = "programme.categories")
    @Mapping(target = "advanceRate", source = "paymentTerms.advanceRate")
    @Mapping(target = "paymentOnEvent", source = "paymentTerms.paymentOnEvent")
    @Mapping(target = "awardNotifiedOn", source = "paymentTerms.awardNotifiedOn")
    @Mapping(target = "paymentDates", source = "paymentTerms.paymentDates")
    @Mapping(target = "operationStart", source = "operationPeriod.start")
    @Mapping(target = "operationEnd", source = "operationPeriod.end")
    @Mapping(target = "keepUnspentKind", source = "keepUnspentClause.kind")
    @Mapping(target = "keepUnspentRate", source = "keepUnspentClause.rate")
    @Mapping(target = "keepUnspentAmount", source = "keepUnspentClause.amount")
    @Mapping(target = "instalments", source = "paymentTerms")
    TermsRow toRow(Terms terms);

    /** The schedule of instalments (V5) as rows, in order; none when paid by advance + balance. */
    default List<TermsRow.InstalmentRow> toInstalmentRows(PaymentTerms terms) {
        return terms.instalments().map(schedule -> schedule.instalments().stream()
                .map(i -> new TermsRow.InstalmentRow(i.amount().value(), i.condition(), i.dueDate(), i.document())).toList())
                .orElse(List.of());
    }

    default Terms toTerms(TermsRow row) {
        return new Terms(toSignatory(row.signatory()), toRepresentative(row.representative()), toForecastBudget(row),
                toSubsidy(row), toProgramme(row), toPaymentTerms(row), toOperationPeriod(row), toKeepUnspentClause(row));
    }

    /** D4: both dates or none (the budget year). */
    default DatePeriod toOperationPeriod(TermsRow row) {
        return row.operationStart() == null ? null : new DatePeriod(row.operationStart(), row.operationEnd());
    }

    /** A4: by hand, the clause is built through its kind. */
    default KeepUnspentClause toKeepUnspentClause(TermsRow row) {
        return row.keepUnspentKind() == null ? KeepUnspentClause.none()
                : new KeepUnspentClause(row.keepUnspentKind(), row.keepUnspentRate() == null ? null : toRate(row.keepUnspentRate()),
                        row.keepUnspentAmount() == null ? null : toAmount(row.keepUnspentAmount()));
    }

    @Mapping(target = "financingPlan", source = "fundingSources")
    ForecastBudget toForecastBudget(TermsRow row);

    @Mapping(target = "votedAmount", source = "subsidyAmount")
    @Mapping(target = "split", source = "allocations")
    Subsidy toSubsidy(TermsRow row);

    ActionProgramme toProgramme(TermsRow row);

    /** By hand: MapStruct would take {@code PaymentTerms}' {@code withXxx} copy methods for setters. */
    default PaymentTerms toPaymentTerms(TermsRow row) {
        List<TermsRow.InstalmentRow> instalments = row.instalments() == null ? List.of() : row.instalments();
        return new PaymentTerms(toRate(row.advanceRate()),
                row.paymentDates().stream().map(TermsRow.PaymentDateRow::paymentDate).toList(),
                row.paymentOnEvent(), row.awardNotifiedOn(), instalments.isEmpty() ? null
                        : new fr.conventio.domain.agreement.InstalmentSchedule(instalments.stream()
                        .map(i -> new fr.conventio.domain.agreement.Instalment(new fr.conventio.domain.shared.Amount(i.amount()),
                                i.condition(), i.dueDate(), i.documentType())).toList()));
    }

    default TermsRow.PaymentDateRow toPaymentDateRow(LocalDate date) {
        return new TermsRow.PaymentDateRow(date);
    }

    // ------------------------------------------------------------------ lifecycle values

    @Mapping(target = "amendmentDate", source = "date")
    AmendmentRow toRow(Amendment amendment);

    AgreementRow.DeliberationRow toRow(Deliberation deliberation);

    Deliberation toDeliberation(AgreementRow.DeliberationRow row);

    @Mapping(target = "date", source = "settledOn")
    AgreementRow.SettlementRow toRow(Settlement settlement);

    @Mapping(target = "settledOn", source = "date")
    Settlement toSettlement(AgreementRow.SettlementRow row);

    AgreementRow.TerminationRow toRow(Termination termination);

    Termination toTermination(AgreementRow.TerminationRow row);

    ThirdPartyDelegationRow toRow(ThirdPartyDelegation delegation);

    ThirdPartyDelegation toDelegation(ThirdPartyDelegationRow row);

    SuspensionRow toRow(Suspension suspension);

    Suspension toSuspension(SuspensionRow row);
}
