package fr.conventio.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.conventio.ConventioApplication;
import fr.conventio.application.mail.ListAgreementMailsQuery;
import fr.conventio.application.mail.ListAgreementMailsUseCase;
import fr.conventio.application.mail.OutboxEntry;
import fr.conventio.application.mail.QueueStaffDigestsResult;
import fr.conventio.application.mail.SendDocumentByMailCommand;
import fr.conventio.application.mail.SendDocumentByMailUseCase;
import fr.conventio.application.paperwork.GenerateDocumentCommand;
import fr.conventio.application.paperwork.GenerateDocumentUseCase;
import fr.conventio.application.paperwork.ListAgreementDocumentsQuery;
import fr.conventio.application.paperwork.ListAgreementDocumentsUseCase;
import fr.conventio.application.port.out.GeneratedDocumentRepository.GeneratedDocumentRecord;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.AgreementSummary;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The staff digest and a letter sent by e-mail, through the real application (embedded PostgreSQL, demo data: one
 * draft agreement), its outbox sender and a real SMTP server (GreenMail) read back. Schedules off: the test runs the
 * digest job and the sender itself.
 */
@SpringBootTest(classes = ConventioApplication.class, properties = {
        "conventio.security.demo-accounts=true",
        "conventio.demo-data.enabled=true",
        "conventio.mail.scheduling.enabled=false",
        "conventio.mail.from=subventions@metropole-exemple.fr",
        "conventio.mail.base-url=https://conventio.metropole-exemple.fr/",
        "vaadin.devmode.devTools.enabled=false"})
class StaffDigestAndLetterSendingIT {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @Autowired
    StaffDigestJob digestJob;
    @Autowired
    OutboxSender sender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SearchAgreementsUseCase searchAgreements;
    @Autowired
    GenerateDocumentUseCase generateDocument;
    @Autowired
    ListAgreementDocumentsUseCase listDocuments;
    @Autowired
    SendDocumentByMailUseCase sendDocumentByMail;
    @Autowired
    ListAgreementMailsUseCase listMails;

    @DynamicPropertySource
    static void smtpDataAndPasswords(DynamicPropertyRegistry registry) throws Exception {
        Path data = Files.createTempDirectory("conventio-digest-");
        registry.add("conventio.database.data-directory", () -> data.resolve("postgres").toString());
        registry.add("conventio.documents.directory", () -> data.resolve("documents").toString());
        registry.add("spring.mail.host", () -> SMTP.getSmtp().getBindTo());
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("mot de passe de test");
        // an indexed list binds from one property source: every user's keys here
        registry.add("conventio.security.users[0].username", () -> "mresponsable");
        registry.add("conventio.security.users[0].password", () -> hash);
        registry.add("conventio.security.users[0].roles", () -> "RESPONSABLE");
        registry.add("conventio.security.users[0].email", () -> "m.responsable@metropole-exemple.fr");
        registry.add("conventio.security.users[1].username", () -> "plecteur");
        registry.add("conventio.security.users[1].password", () -> hash);
        registry.add("conventio.security.users[1].roles", () -> "LECTURE");
        registry.add("conventio.security.users[1].email", () -> "p.lecteur@metropole-exemple.fr");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @BeforeEach
    void emptyOutboxAndMailboxes() throws Exception {
        jdbc.execute("delete from mail_outbox");
        jdbc.execute("delete from staff_digest");
        SMTP.purgeEmailFromAllMailboxes();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("instructeur", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.INSTRUCTEUR))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private AgreementSummary theDemoDraft() {
        return searchAgreements.search(AgreementSearch.all(), PageRequest.of(0, 10, "reference", true)).content().getFirst();
    }

    @Test
    void the_manager_gets_one_digest_a_day_with_the_drafts_to_approve_and_their_links_the_reader_none() throws Exception {
        QueueStaffDigestsResult first = digestJob.run();
        QueueStaffDigestsResult second = digestJob.run();
        digestJob.catchUp(); // a start after the scheduled time: handled already, nothing more

        assertThat(first.queued()).isEqualTo(1);
        assertThat(first.nothingToSay()).as("the reader decides nothing").isEqualTo(1);
        assertThat(second.queued()).isZero();
        assertThat(second.alreadyHandled()).isEqualTo(2);
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage digest = received[0];
        assertThat(GreenMailUtil.getAddressList(digest.getAllRecipients())).isEqualTo("m.responsable@metropole-exemple.fr");
        assertThat(digest.getSubject()).startsWith("Conventio : votre point du ").contains("3 décisions");
        String text = (String) digest.getContent(); // decoded (the body travels quoted-printable)
        assertThat(text).contains("Bonjour mresponsable", "En attente de votre décision (3)", "À approuver", "convention " + theDemoDraft().reference(),
                "https://conventio.metropole-exemple.fr/conventions/" + theDemoDraft().id().value(),
                "convention ECO-2027-SCS-CPO", "convention ECO-2027-SCS-RDV"); // the demo's three drafts wait for approval
        assertThat(jdbc.queryForObject("select count(*) from staff_digest", Long.class)).isEqualTo(2);
    }

    @Test
    void a_letter_goes_out_once_with_its_pdf_attached_and_is_logged_and_audited_on_the_agreement() throws Exception {
        AgreementSummary draft = theDemoDraft();
        generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), draft.id(), DocumentKind.AGREEMENT, 0, DocumentFormat.PDF));
        GeneratedDocumentRecord pdf = listDocuments.list(new ListAgreementDocumentsQuery(draft.id())).generated().getFirst();
        SubmissionKey click = SubmissionKey.newKey();
        SendDocumentByMailCommand command = new SendDocumentByMailCommand(click, draft.id(), pdf.id(), "contact@asso-exemple.fr",
                "Convention " + draft.reference(), "Bonjour,\n\nVeuillez trouver ci-joint la convention.\n");

        var queued = sendDocumentByMail.send(command);
        assertThat(sendDocumentByMail.send(command)).as("a double click").isEqualTo(queued);
        assertThat(sender.sendDue()).isEqualTo(1);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage letter = received[0];
        assertThat(letter.getMessageID()).isEqualTo("<" + queued.messageId() + "@conventio>");
        assertThat(GreenMailUtil.getAddressList(letter.getAllRecipients())).isEqualTo("contact@asso-exemple.fr");
        Multipart parts = (Multipart) letter.getContent();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                names.add(part.getFileName());
                byte[] bytes = part.getInputStream().readAllBytes();
                assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
                assertThat(part.getContentType()).startsWith("application/pdf");
            }
        }
        assertThat(names).containsExactly(pdf.fileName());
        assertThat(listMails.list(new ListAgreementMailsQuery(draft.id()))).singleElement().satisfies((OutboxEntry entry) -> {
            assertThat(entry.attachmentNames()).containsExactly(pdf.fileName());
            assertThat(entry.recipients()).containsExactly("contact@asso-exemple.fr");
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where aggregate_type = 'MAIL_MESSAGE' and aggregate_id = ?",
                Long.class, queued.messageId())).isEqualTo(1);
    }
}
