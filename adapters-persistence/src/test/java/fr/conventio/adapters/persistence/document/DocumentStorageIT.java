package fr.conventio.adapters.persistence.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.DatabaseTestSupport;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentUnavailableException;
import fr.conventio.application.port.out.StoredDocument;
import fr.conventio.application.shared.InvalidCommandException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The file-system document storage on real files (a temporary folder) and the {@code document} table. */
class DocumentStorageIT extends DatabaseTestSupport {

    @Autowired
    private FileSystemDocumentStorage storage;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private FixedCurrentUser currentUser;
    @Autowired
    private fr.conventio.application.fakes.TestClock clock;
    @Autowired
    private fr.conventio.adapters.persistence.obligation.ObligationPersistenceAdapter obligations;

    @BeforeEach
    void emptyFolder() throws IOException {
        jdbc.execute("truncate document cascade");
        if (Files.exists(storage.directory())) {
            try (Stream<Path> files = Files.walk(storage.directory())) {
                files.sorted((a, b) -> b.compareTo(a)).filter(p -> !p.equals(storage.directory())).forEach(p -> p.toFile().delete());
            }
        }
        currentUser.actAs("instructeur.test");
    }

    @Test
    void a_document_is_stored_by_content_and_read_back() throws IOException {
        byte[] pdf = DocumentSamples.pdf("compte rendu financier");

        DocumentRef ref = storage.store("C:\\Users\\asso\\compte-rendu.pdf", "application/octet-stream", pdf);

        assertThat(ref.fileName()).isEqualTo("compte-rendu.pdf");
        assertThat(ref.contentType()).isEqualTo("application/pdf");
        assertThat(ref.size()).isEqualTo(pdf.length);
        String sha256 = FileSystemDocumentStorage.sha256(pdf);
        Path file = storage.directory().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        assertThat(file).exists().hasBinaryContent(pdf);
        StoredDocument opened = storage.open(ref.id()).orElseThrow();
        assertThat(opened.ref()).isEqualTo(ref);
        assertThat(opened.content()).isEqualTo(pdf);
        assertThat(jdbc.queryForMap("select uploaded_by, sha256 from document")).containsEntry("uploaded_by", "instructeur.test")
                .containsEntry("sha256", sha256);
        assertThat(files()).containsExactly(file);
    }

    @Test
    void every_accepted_kind_is_stored_with_the_type_found_in_its_content() {
        List<DocumentRef> refs = List.of(
                storage.store("photo.PNG", "image/png", DocumentSamples.png()),
                storage.store("photo.jpeg", "image/jpeg", DocumentSamples.jpeg()),
                storage.store("rapport.odt", null, DocumentSamples.openDocument("application/vnd.oasis.opendocument.text")),
                storage.store("budget.ods", null, DocumentSamples.openDocument("application/vnd.oasis.opendocument.spreadsheet")),
                storage.store("rapport.docx", null, DocumentSamples.docx()),
                storage.store("budget.xlsx", null, DocumentSamples.xlsx()),
                storage.store("statuts.doc", null, DocumentSamples.ole2()),
                storage.store("ancien budget.xls", null, DocumentSamples.ole2()));

        assertThat(refs).extracting(DocumentRef::contentType).containsExactly("image/png", "image/jpeg",
                "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword", "application/vnd.ms-excel");
        assertThat(files()).hasSize(7);
    }

    @Test
    void identical_content_is_stored_once_each_upload_keeping_its_own_id_and_name() {
        byte[] pdf = DocumentSamples.pdf("statuts");

        DocumentRef first = storage.store("statuts.pdf", "application/pdf", pdf);
        DocumentRef second = storage.store("statuts (copie).pdf", "application/pdf", pdf);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(files()).hasSize(1);
        assertThat(storage.open(second.id()).orElseThrow().ref().fileName()).isEqualTo("statuts (copie).pdf");
        assertThat(storage.open(first.id()).orElseThrow().content()).isEqualTo(pdf);
    }

    @Test
    void a_file_of_another_type_than_its_name_says_is_refused_and_leaves_nothing() {
        assertRefused("facture.pdf", DocumentSamples.png(),
                "fichier refusé : type non autorisé (le contenu de « facture.pdf » est un PNG, son extension .pdf ne correspond pas)");
        assertRefused("programme.exe", DocumentSamples.executable(),
                "fichier refusé : type non autorisé (le contenu de « programme.exe » n'est pas un type accepté : "
                        + "PDF, PNG, JPEG, ODT, ODS, DOCX, XLSX, DOC, XLS)");
        assertRefused("faux.pdf", DocumentSamples.executable(), "fichier refusé : type non autorisé (le contenu de « faux.pdf » n'est pas");
        assertRefused("archive.zip", DocumentSamples.zip(), "fichier refusé : type non autorisé");
        assertRefused("statuts", DocumentSamples.pdf("x"), "fichier refusé : type non autorisé (le contenu de « statuts » est un PDF, son nom n'a pas d'extension)");
        assertRefused("vieux.ppt", DocumentSamples.ole2(), "est un document Office 97-2003 (DOC ou XLS), son extension .ppt ne correspond pas");
    }

    @Test
    void an_empty_or_too_large_file_is_refused_and_leaves_nothing() {
        byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
        byte[] header = DocumentSamples.pdf("gros");
        System.arraycopy(header, 0, tooLarge, 0, header.length);

        assertRefused("vide.pdf", new byte[0], "fichier refusé : le fichier « vide.pdf » est vide");
        assertRefused("gros.pdf", tooLarge, "fichier refusé : « gros.pdf » pèse 2,00 Mo, au-delà de la taille maximale autorisée (2 Mo)");
        assertRefused("  ", DocumentSamples.pdf("x"), "fichier refusé : nom de fichier absent");
        assertRefused("a".repeat(252) + ".pdf", DocumentSamples.pdf("x"), "fichier refusé : nom de fichier trop long (256 caractères, au plus 255)");
    }

    @Test
    void when_the_row_cannot_be_inserted_the_file_is_removed() {
        currentUser.actAs("nul\u0000");   // PostgreSQL refuses a NUL character in a text

        assertThatThrownBy(() -> storage.store("bilan.pdf", "application/pdf", DocumentSamples.pdf("bilan")))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);

        assertThat(files()).isEmpty();
        assertThat(count()).isZero();
    }

    @Test
    void when_the_callers_transaction_rolls_back_the_file_goes_unless_a_row_refers_to_it() {
        byte[] kept = DocumentSamples.pdf("gardé");
        storage.store("gardé.pdf", null, kept);

        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            storage.store("nouveau.pdf", null, DocumentSamples.pdf("nouveau"));
            storage.store("même contenu.pdf", null, kept);
            throw new IllegalStateException("échec après l'enregistrement des documents");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count()).isEqualTo(1);
        String sha256 = FileSystemDocumentStorage.sha256(kept);
        assertThat(files()).containsExactly(storage.pathOf(sha256));
    }

    @Test
    void a_missing_or_altered_file_is_an_error_not_a_silent_substitute() throws IOException {
        DocumentRef altered = storage.store("a.pdf", null, DocumentSamples.pdf("a"));
        DocumentRef missing = storage.store("b.pdf", null, DocumentSamples.pdf("b"));
        Files.write(storage.pathOf(FileSystemDocumentStorage.sha256(DocumentSamples.pdf("a"))), DocumentSamples.pdf("A"));
        Files.delete(storage.pathOf(FileSystemDocumentStorage.sha256(DocumentSamples.pdf("b"))));

        assertThatThrownBy(() -> storage.open(altered.id())).isInstanceOf(DocumentUnavailableException.class).hasMessageContaining("altéré");
        assertThatThrownBy(() -> storage.open(missing.id())).isInstanceOf(DocumentUnavailableException.class).hasMessageContaining("fichier absent");
        assertThat(storage.open("doc-1")).isEmpty();
        assertThat(storage.open(java.util.UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void a_name_with_cr_lf_bidi_controls_quotes_and_a_path_is_stored_cleaned_and_kept_as_uploaded_for_display() {
        String uploaded = "C:\\Documents\\compte\r\nrendu \u202Efdp.\"final\" d'été\u200B.pdf";

        DocumentRef ref = storage.store(uploaded, "application/pdf", DocumentSamples.pdf("crf"));

        assertThat(ref.fileName()).isEqualTo("compterendu fdp._final_ d_été.pdf");
        assertThat(ref.originalName()).isEqualTo("compte\r\nrendu \u202Efdp.\"final\" d'été\u200B.pdf");
        assertThat(jdbc.queryForMap("select file_name, original_name from document"))
                .containsEntry("file_name", "compterendu fdp._final_ d_été.pdf")
                .containsEntry("original_name", "compte\r\nrendu \u202Efdp.\"final\" d'été\u200B.pdf");
        assertThat(storage.open(ref.id()).orElseThrow().ref()).isEqualTo(ref);
        assertThat(storage.find(ref.id())).contains(ref);
    }

    @Test
    void a_name_hiding_its_real_extension_behind_a_bidi_override_is_judged_on_the_cleaned_name() {
        assertRefused("rapport\u202Efdp.exe", DocumentSamples.pdf("x"),
                "fichier refusé : type non autorisé (le contenu de « rapportfdp.exe » est un PDF, son extension .exe ne correspond pas)");
    }

    @Test
    void a_one_megabyte_docx_inflating_to_a_gigabyte_is_refused_without_being_inflated_whole() throws IOException {
        byte[] bomb = DocumentSamples.docxInflatingTo(1024L * 1024 * 1024);
        assertThat(bomb.length).as("the bomb itself is small").isLessThan(2 * 1024 * 1024);
        assertThat(inflatedAtLeast(bomb, 150L * 1024 * 1024)).as("a real archive, inflating past 150 Mo").isTrue();

        assertRefused("rapport.docx", bomb,
                "fichier refusé : « rapport.docx » : une fois décompressée, l'archive dépasse 100 Mo (bombe de décompression)");
        assertRefused("menteur.docx", DocumentSamples.docxInflatingTo(1024L * 1024 * 1024, 1_024),
                "fichier refusé : « menteur.docx » : une fois décompressée, l'archive dépasse 100 Mo (bombe de décompression)");
    }

    /** Whether the archive's entries inflate, through a plain ZipInputStream, to at least {@code bytes} bytes. */
    private static boolean inflatedAtLeast(byte[] archive, long bytes) throws IOException {
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive))) {
            while (zip.getNextEntry() != null) {
                for (int n; inflated < bytes && (n = zip.read(buffer)) > 0; ) {
                    inflated += n;
                }
            }
        }
        return inflated >= bytes;
    }

    @Test
    void an_archive_with_too_many_entries_or_unreadable_is_refused() {
        assertRefused("budget.xlsx", DocumentSamples.xlsxWithEntries(1_001), "fichier refusé : « budget.xlsx » : l'archive compte plus de 1000 éléments");
        byte[] truncated = java.util.Arrays.copyOf(DocumentSamples.docx(), 60);
        assertRefused("abîmé.docx", truncated, "fichier refusé : « abîmé.docx » : l'archive est illisible ou endommagée");
    }

    @Test
    void an_office_file_within_the_limits_is_still_accepted_after_reading_every_entry() {
        DocumentRef ref = storage.store("tableau.xlsx", null, DocumentSamples.xlsxWithEntries(500));

        assertThat(ref.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void documents_attached_to_no_obligation_are_purged_after_the_delay_and_attached_ones_never() {
        saveSeedParties();
        agreements.save(fr.conventio.application.shared.Versioned.newAggregate(fr.conventio.domain.agreement.AgreementFixtures.signedSeedAgreement()));
        clock.setToday(java.time.LocalDate.of(2021, 3, 1));
        byte[] shared = DocumentSamples.pdf("partagé");
        DocumentRef cancelled = storage.store("annulé.pdf", null, DocumentSamples.pdf("annulé"));
        DocumentRef cancelledSharingContent = storage.store("copie annulée.pdf", null, shared);
        DocumentRef attached = storage.store("attestation.pdf", null, shared);
        fr.conventio.domain.obligation.Obligation obligation = fr.conventio.domain.obligation.Obligation.create(
                fr.conventio.domain.obligation.ObligationId.newId(), fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID,
                fr.conventio.domain.obligation.ObligationType.INSURANCE_CERTIFICATE, java.time.LocalDate.of(2021, 3, 31));
        obligation.receive(new fr.conventio.domain.obligation.EvidenceRef(attached.id(), attached.originalName()),
                java.time.LocalDate.of(2021, 3, 1), "instructeur.test");
        obligations.save(fr.conventio.application.shared.Versioned.newAggregate(obligation));
        java.time.Duration delay = java.time.Duration.ofHours(24);

        clock.advance(java.time.Duration.ofHours(23));
        DocumentRef recent = storage.store("récent.pdf", null, DocumentSamples.pdf("récent"));
        assertThat(storage.purgeUnattached(clock.instant().minus(delay))).as("nothing is 24 h old yet").isEmpty();

        clock.advance(java.time.Duration.ofHours(2));
        List<DocumentRef> purged = storage.purgeUnattached(clock.instant().minus(delay));

        assertThat(purged).extracting(DocumentRef::id).containsExactlyInAnyOrder(cancelled.id(), cancelledSharingContent.id());
        assertThat(jdbc.queryForList("select id::text from document", String.class)).containsExactlyInAnyOrder(attached.id(), recent.id());
        assertThat(files()).containsExactlyInAnyOrder(storage.pathOf(FileSystemDocumentStorage.sha256(shared)),
                storage.pathOf(FileSystemDocumentStorage.sha256(DocumentSamples.pdf("récent"))));
        assertThat(storage.open(attached.id()).orElseThrow().content()).isEqualTo(shared);
        assertThat(storage.purgeUnattached(clock.instant().minus(delay))).isEmpty();

        clock.advance(java.time.Duration.ofDays(400));
        assertThat(storage.purgeUnattached(clock.instant().minus(delay))).extracting(DocumentRef::id).containsExactly(recent.id());
        assertThat(storage.find(attached.id())).as("evidence is never purged, however old").isPresent();
    }

    private void assertRefused(String name, byte[] content, String message) {
        assertThatThrownBy(() -> storage.store(name, "application/pdf", content))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining(message);
        assertThat(count()).isZero();
        assertThat(files()).as("no file left by a refused upload").isEmpty();
    }

    private long count() {
        Long count = jdbc.queryForObject("select count(*) from document", Long.class);
        return count == null ? 0 : count;
    }

    private List<Path> files() {
        if (!Files.exists(storage.directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(storage.directory())) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
