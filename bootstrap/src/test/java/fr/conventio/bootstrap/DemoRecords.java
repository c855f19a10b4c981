package fr.conventio.bootstrap;

import fr.conventio.ConventioApplication;
import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.AssociationDetails;
import fr.conventio.application.association.GetAssociationQuery;
import fr.conventio.application.association.GetAssociationUseCase;
import fr.conventio.application.association.SearchAssociationsQuery;
import fr.conventio.application.association.SearchAssociationsUseCase;
import fr.conventio.application.association.UpdateAssociationCommand;
import fr.conventio.application.association.UpdateAssociationUseCase;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.EditDraftAgreementCommand;
import fr.conventio.application.drafting.EditDraftAgreementUseCase;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.AgreementSummary;
import fr.conventio.application.reading.GetAgreementQuery;
import fr.conventio.application.reading.GetAgreementUseCase;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.agreement.AgreementReference;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo records of a running application, read and changed through its use cases as a member of staff
 * with every role would (the agreement page, the association page, their edit forms).
 */
final class DemoRecords {

    private final ConfigurableApplicationContext context;

    DemoRecords(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The application on {@code data} (embedded PostgreSQL in {@code data/postgres}), with the demo data, no web port of its own. */
    static ConfigurableApplicationContext start(Path data, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--conventio.database.data-directory=" + data.resolve("postgres"),
                "--conventio.documents.directory=" + data.resolve("documents"),
                "--conventio.demo-data.enabled=true",
                "--conventio.security.demo-accounts=true",
                "--vaadin.launch-browser=false"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(ConventioApplication.class).run(arguments.toArray(String[]::new));
    }

    /** Acts as a member of staff with every role, from now on in this thread. */
    static void actAsStaff() {
        actAs(UsernamePasswordAuthenticationToken.authenticated("instructeur", "n/a", everyRole()));
    }

    static void actAs(Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    static List<SimpleGrantedAuthority> everyRole() {
        return Roles.ALL.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    List<AgreementSummary> agreements() {
        return context.getBean(SearchAgreementsUseCase.class)
                .search(AgreementSearch.all(), PageRequest.of(0, 50, "reference", true)).content();
    }

    long associationCount() {
        return context.getBean(SearchAssociationsUseCase.class)
                .search(new SearchAssociationsQuery(null, PageRequest.of(0, 50, "name", true))).totalElements();
    }

    /** The references of the demo's agreements as loaded: the seed's and the two of the demo portfolio, in order. */
    static final List<String> REFERENCES = List.of("ECO-2020-SCS", "ECO-2027-SCS-CPO", "ECO-2027-SCS-RDV");

    /** The demo's one agreement of 2020 (the seed's), whatever its reference now. */
    AgreementDetails theAgreement() {
        List<AgreementSummary> of2020 = agreements().stream().filter(agreement -> agreement.budgetYear() == 2020).toList();
        if (of2020.size() != 1) {
            throw new AssertionError("expected the demo's one agreement of 2020, found " + agreements());
        }
        return context.getBean(GetAgreementUseCase.class).get(new GetAgreementQuery(of2020.getFirst().id()));
    }

    /** One demo agreement by its reference, as its page reads it. */
    AgreementDetails agreement(String reference) {
        AgreementSummary found = agreements().stream().filter(agreement -> agreement.reference().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("no demo agreement " + reference + " in " + agreements()));
        return context.getBean(GetAgreementUseCase.class).get(new GetAgreementQuery(found.id()));
    }

    AssociationDetails associationOf(AgreementDetails agreement) {
        return context.getBean(GetAssociationUseCase.class).get(new GetAssociationQuery(agreement.associationId()));
    }

    /** The draft's form saved with another reference, everything else as stored. */
    void renameAgreement(AgreementDetails draft, String reference) {
        context.getBean(EditDraftAgreementUseCase.class).edit(new EditDraftAgreementCommand(draft.id(), draft.version(),
                new AgreementTerms(AgreementReference.of(reference), draft.associationId(), draft.signatory(), draft.representative(),
                        draft.budgetYear(), draft.object(), draft.programme(), draft.forecastBudget(), draft.subsidy(),
                        draft.paymentTerms())));
    }

    /** The association's form saved with another name, everything else as stored. */
    void renameAssociation(AssociationDetails association, String name) {
        context.getBean(UpdateAssociationUseCase.class).update(new UpdateAssociationCommand(association.id(), association.version(),
                new AssociationData(name, association.registeredAddress(), association.representative(), association.siret(),
                        association.rna(), association.fiscalYear(), association.annualBudget(),
                        association.republicanCommitmentDate())));
    }
}
