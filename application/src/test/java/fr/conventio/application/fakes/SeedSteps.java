package fr.conventio.application.fakes;

import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.DraftAgreementSaved;
import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.application.funder.SetUpFunderCommand;
import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.application.lifecycle.CloseAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementResult;
import fr.conventio.application.obligation.AcceptEvidenceCommand;
import fr.conventio.application.obligation.ReceiveEvidenceCommand;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.payment.RecordPaymentResult;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.obligation.BalanceDocuments;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetLineId;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Drives the use cases of an {@link InMemoryConventio} through the real 2020 agreement of the seed
 * ({@link AgreementFixtures}): the Métropole, its two budget lines (2020 envelopes 500 000 € and
 * 800 000 €, budget adopted), the association Pôle SCS, then the draft, approval on 19/12/2019,
 * signature on {@link AgreementFixtures#SIGNATURE_DATE} (approved by {@link #MANAGER}, the draft being the
 * current user's), the 64 000,00 € advance (24 000 € on CT1,
 * 40 000 € on the Pays d'Aix line) and the three balance documents. Each step goes through a use case,
 * with the version read from the fakes, as a user would.
 */
public final class SeedSteps {

    public static final LocalDate ADVANCE_DATE = LocalDate.of(2020, 2, 17);
    /** The manager who approves the seed agreement, not its drafter (the fakes' current user). */
    public static final String MANAGER = InMemoryConventio.MANAGER;

    private final InMemoryConventio app;
    private BudgetLineId ct1;
    private BudgetLineId paysAix;
    private AssociationId associationId;
    private AgreementId agreementId;

    public SeedSteps(InMemoryConventio app) {
        this.app = Objects.requireNonNull(app);
    }

    /** The funder, its two budget lines with their 2020 envelopes (budget adopted) and the association. */
    public SeedSteps setUpParties() {
        Funder funder = AgreementFixtures.seedFunder();
        app.setUpFunder.setUp(new SetUpFunderCommand(null, funder.name(), funder.kind(), funder.siret(), funder.address(),
                funder.signatories()));
        ct1 = app.defineBudgetLine.define(DefineBudgetLineCommand.create("CT1", "Budget Principal Métropolitain",
                AgreementFixtures.YEAR_2020, Amount.of(500_000), true)).id();
        paysAix = app.defineBudgetLine.define(DefineBudgetLineCommand.create("CT2", "Territoire du Pays d'Aix",
                AgreementFixtures.YEAR_2020, Amount.of(800_000), true)).id();
        associationId = app.registerAssociation.register(new RegisterAssociationCommand(associationData(AgreementFixtures.seedAssociation()))).id();
        return this;
    }

    public static AssociationData associationData(Association a) {
        return new AssociationData(a.name(), a.registeredAddress(), a.representative(), a.siret().orElse(null), a.rna().orElse(null),
                a.fiscalYear(), a.annualBudget(), a.republicanCommitmentDate().orElse(null));
    }

    /** 80 000 € split 30 000 € on CT1 and 50 000 € on the Pays d'Aix line (the lines created by {@link #setUpParties}). */
    public Subsidy seedSubsidy() {
        return Subsidy.of(Amount.of(80_000),
                SubsidyAllocation.of(ct1, "Budget Principal Métropolitain (CT1)", Amount.of(30_000)),
                SubsidyAllocation.of(paysAix, "Territoire du Pays d'Aix", Amount.of(50_000)));
    }

    /** Every part of the seed agreement, with this installation's ids. */
    public AgreementTerms seedTerms() {
        return new AgreementTerms(AgreementReference.of("ECO-2020-SCS"), associationId, AgreementFixtures.seedSignatory(),
                AgreementFixtures.seedRepresentative(), AgreementFixtures.YEAR_2020, AgreementFixtures.seedObject(),
                AgreementFixtures.seedProgramme(), AgreementFixtures.seedForecastBudget(), seedSubsidy(),
                AgreementFixtures.seedPaymentTerms());
    }

    public DraftAgreementSaved createDraft() {
        return createDraft(seedTerms());
    }

    /** The draft of {@code terms} (e.g. the seed's terms paid in instalments), which these steps then follow. */
    public DraftAgreementSaved createDraft(AgreementTerms terms) {
        DraftAgreementSaved saved = app.createDraftAgreement.create(new CreateDraftAgreementCommand(terms));
        agreementId = saved.agreementId();
        return saved;
    }

    /** A manager other than the drafter ({@link #MANAGER}) records the approving deliberation (separation of duties). */
    public SeedSteps approve() {
        app.as(MANAGER, () -> app.approveAgreement.approve(new ApproveAgreementCommand(agreementId, version(),
                AgreementFixtures.seedDeliberation())));
        return this;
    }

    public SignAgreementResult sign() {
        return app.signAgreement.sign(new SignAgreementCommand(agreementId, version(), AgreementFixtures.SIGNATURE_DATE));
    }

    /** Parties, draft, approval and signature. */
    public SeedSteps signed() {
        setUpParties();
        createDraft();
        approve();
        sign();
        return this;
    }

    /** The 64 000,00 € advance: 24 000 € on CT1 and 40 000 € on the Pays d'Aix line, mandat M-2020-0101. */
    public RecordPaymentResult payAdvance() {
        return app.recordPayment.record(new RecordPaymentCommand(agreementId, version(), PaymentKind.ADVANCE,
                List.of(new LineCharge(ct1, Amount.of(24_000)), new LineCharge(paysAix, Amount.of(40_000))), ADVANCE_DATE,
                PaymentOrderReference.of("M-2020-0101")));
    }

    /** Stores a PDF for each of the three O10 documents, receives it on {@code receivedOn} and accepts it on {@code acceptedOn}. */
    public SeedSteps acceptBalanceDocuments(LocalDate receivedOn, LocalDate acceptedOn) {
        for (Versioned<Obligation> obligation : app.obligations.findByAgreement(agreementId)) {
            if (!BalanceDocuments.TYPES.contains(obligation.value().type())) {
                continue;
            }
            DocumentRef document = app.documents.store(obligation.value().type().name().toLowerCase() + ".pdf", "application/pdf",
                    ("%PDF " + obligation.value().type().label()).getBytes(StandardCharsets.UTF_8));
            long v = app.receiveEvidence.receive(new ReceiveEvidenceCommand(obligation.value().id(), obligation.version(), document.id(), receivedOn)).version();
            app.acceptEvidence.accept(new AcceptEvidenceCommand(obligation.value().id(), v, acceptedOn));
        }
        return this;
    }

    /** Receives and accepts, on {@code day}, every obligation still neither accepted nor waived (a PDF for each). */
    public SeedSteps fulfilEveryObligation(LocalDate day) {
        for (Versioned<Obligation> obligation : app.obligations.findByAgreement(agreementId)) {
            if (obligation.value().status().isFulfilled()) {
                continue;
            }
            DocumentRef document = app.documents.store(obligation.value().type().name().toLowerCase() + ".pdf", "application/pdf",
                    ("%PDF " + obligation.value().type().label()).getBytes(StandardCharsets.UTF_8));
            long v = app.receiveEvidence.receive(new ReceiveEvidenceCommand(obligation.value().id(), obligation.version(), document.id(), day)).version();
            app.acceptEvidence.accept(new AcceptEvidenceCommand(obligation.value().id(), v, day));
        }
        return this;
    }

    /** A manager closes the file on {@code day} (D2). */
    public SeedSteps close(LocalDate day) {
        app.closeAgreement.close(new CloseAgreementCommand(agreementId, version(), day));
        return this;
    }

    /** The agreement's stored version, as the agreement page shows it. */
    public long version() {
        return app.agreements.findById(agreementId).orElseThrow().version();
    }

    public AgreementId agreementId() {
        return agreementId;
    }

    public AssociationId associationId() {
        return associationId;
    }

    public BudgetLineId ct1() {
        return ct1;
    }

    public BudgetLineId paysAix() {
        return paysAix;
    }
}
