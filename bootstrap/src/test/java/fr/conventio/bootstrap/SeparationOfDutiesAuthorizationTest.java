package fr.conventio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.CreateDraftAgreementService;
import fr.conventio.application.drafting.CreateDraftAgreementUseCase;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.application.lifecycle.ApproveAgreementService;
import fr.conventio.application.lifecycle.ApproveAgreementUseCase;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.payment.RecordPaymentService;
import fr.conventio.application.payment.RecordPaymentUseCase;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.security.NotAllowedException;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.SeparationOfDuties;
import fr.conventio.application.shared.SeparationOfDutiesException;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.application.settlement.SettleAgreementService;
import fr.conventio.application.settlement.SettleAgreementUseCase;
import fr.conventio.bootstrap.security.SecurityCurrentUserAdapter;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The separation of duties behind the use-case proxies, as the application runs it: the roles allow the use
 * case (authorization passes), the signed-in member of staff (Spring Security's principal, through
 * {@link SecurityCurrentUserAdapter}) is recorded as the author, and the same person is then refused the
 * next step with the French message naming who may, before anything is written; another person may.
 */
class SeparationOfDutiesAuthorizationTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    private final SeedSteps seed = new SeedSteps(app);
    private final CurrentUserPort signedIn = new SecurityCurrentUserAdapter();

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_manager_who_drafted_an_agreement_passes_the_role_check_but_may_not_approve_it_another_manager_may() {
        seed.setUpParties();
        CreateDraftAgreementUseCase create = proxied(CreateDraftAgreementUseCase.class, new CreateDraftAgreementService(app.files,
                app.agreements, app.funders, app.associations, app.budgetLines, signedIn, app.submissionKeys, app.multiYearPlans));
        ApproveAgreementUseCase approve = proxied(ApproveAgreementUseCase.class,
                new ApproveAgreementService(app.files, signedIn, SeparationOfDuties.ENFORCED));

        login("marie", Roles.RESPONSABLE);
        AgreementId id = create.create(new CreateDraftAgreementCommand(seed.seedTerms())).agreementId();
        assertThat(app.agreements.findById(id).orElseThrow().value().createdBy()).contains("marie");
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> approve.approve(new ApproveAgreementCommand(id, version(id), AgreementFixtures.seedDeliberation())))
                .isInstanceOf(SeparationOfDutiesException.class)
                .hasMessageContaining("vous avez rédigé la convention ECO-2020-SCS").hasMessageContaining("un autre responsable");
        assertThat(app.snapshot()).isEqualTo(before);

        login("jean", Roles.RESPONSABLE);
        approve.approve(new ApproveAgreementCommand(id, version(id), AgreementFixtures.seedDeliberation()));
        assertThat(app.agreements.findById(id).orElseThrow().value().status()).isEqualTo(AgreementStatus.APPROVED);
    }

    @Test
    void whoever_settled_passes_the_role_check_of_the_finance_role_but_may_not_pay_the_balance_another_finance_officer_may() {
        seed.signed();
        seed.payAdvance();
        seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
        SettleAgreementUseCase settle = proxied(SettleAgreementUseCase.class, new SettleAgreementService(app.files, signedIn, app.multiYearPlans));
        RecordPaymentUseCase pay = proxied(RecordPaymentUseCase.class,
                new RecordPaymentService(app.files, signedIn, SeparationOfDuties.ENFORCED, app.submissionKeys));
        AgreementId id = seed.agreementId();

        login("paul", Roles.RESPONSABLE, Roles.FINANCES);
        settle.settle(new SettleAgreementCommand(id, version(id), Amount.of("936301.50"), LocalDate.of(2021, 6, 15)));
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> pay.record(balance(id)))
                .isInstanceOf(SeparationOfDutiesException.class)
                .hasMessageContaining("liquidation de la convention ECO-2020-SCS").hasMessageContaining("un autre agent du service financier");
        assertThat(app.snapshot()).isEqualTo(before);

        login("sophie", Roles.FINANCES);
        pay.record(balance(id));
        assertThat(app.payments.findByAgreement(id)).hasSize(2);
    }

    @Test
    void the_role_check_comes_first_a_case_officer_is_refused_the_approval_by_role_whoever_drafted() {
        seed.setUpParties();
        seed.createDraft();
        ApproveAgreementUseCase approve = proxied(ApproveAgreementUseCase.class,
                new ApproveAgreementService(app.files, signedIn, SeparationOfDuties.ENFORCED));

        login("claire", Roles.INSTRUCTEUR);
        assertThatThrownBy(() -> approve.approve(new ApproveAgreementCommand(seed.agreementId(), seed.version(),
                AgreementFixtures.seedDeliberation())))
                .isInstanceOf(NotAllowedException.class).isNotInstanceOf(SeparationOfDutiesException.class)
                .hasMessageContaining("Action non autorisée");
    }

    private RecordPaymentCommand balance(AgreementId id) {
        return new RecordPaymentCommand(id, version(id), PaymentKind.BALANCE,
                List.of(new LineCharge(seed.ct1(), Amount.of(3_000)), new LineCharge(seed.paysAix(), Amount.of(5_000))),
                LocalDate.of(2021, 6, 30), null);
    }

    private long version(AgreementId id) {
        return app.agreements.findById(id).orElseThrow().version();
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxied(Class<T> useCase, T service) {
        return (T) UseCaseAuthorizationTest.proxies().proxy(useCase, service);
    }

    private static void login(String user, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
    }
}
