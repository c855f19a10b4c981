package fr.conventio.domain.party;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.FunderId;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.TextLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The funder (P1): the public body that runs Conventio and signs the agreements, with its
 * address, its SIRET and the people who may sign for it (usually by delegation).
 */
public final class Funder {

    private final FunderId id;
    private String name;
    private FunderKind kind;
    private Siret siret;
    private PostalAddress address;
    private final List<Signatory> signatories;

    private Funder(FunderId id, String name, FunderKind kind, Siret siret, PostalAddress address, List<Signatory> signatories) {
        this.id = Checks.require("financeur (identifiant)", id);
        this.name = Checks.requireText("financeur (nom)", name, TextLimits.NAME);
        this.kind = Checks.require("financeur (nature)", kind);
        this.siret = Checks.require("financeur (SIRET)", siret);
        this.address = Checks.require("financeur (adresse)", address);
        this.signatories = new ArrayList<>(distinct(Checks.require("financeur (signataires)", signatories)));
    }

    /** A new funder; {@code signatories} may be empty and completed later. */
    public static Funder create(FunderId id, String name, FunderKind kind, Siret siret, PostalAddress address, List<Signatory> signatories) {
        return new Funder(id, name, kind, siret, address, signatories);
    }

    /**
     * Rebuilds a funder from storage, with every field as saved. The same invariants as
     * {@link #create} are checked: a stored row that breaks them is refused.
     */
    public static Funder rehydrate(FunderId id, String name, FunderKind kind, Siret siret, PostalAddress address, List<Signatory> signatories) {
        return new Funder(id, name, kind, siret, address, signatories);
    }

    private static List<Signatory> distinct(List<Signatory> signatories) {
        List<Signatory> result = new ArrayList<>();
        for (Signatory s : signatories) {
            Objects.requireNonNull(s, "financeur : signataire absent");
            if (result.contains(s)) {
                throw new DomainException("financeur : le signataire " + s.designation() + " figure deux fois");
            }
            result.add(s);
        }
        return result;
    }

    public void rename(String newName) {
        this.name = Checks.requireText("financeur (nom)", newName, TextLimits.NAME);
    }

    public void changeKind(FunderKind newKind) {
        this.kind = Checks.require("financeur (nature)", newKind);
    }

    public void changeSiret(Siret newSiret) {
        this.siret = Checks.require("financeur (SIRET)", newSiret);
    }

    public void moveTo(PostalAddress newAddress) {
        this.address = Checks.require("financeur (adresse)", newAddress);
    }

    /** Adds a person allowed to sign (e.g. a newly delegated vice-president). */
    public void addSignatory(Signatory signatory) {
        Checks.require("signataire", signatory);
        if (signatories.contains(signatory)) {
            throw new DomainException("financeur : " + signatory.designation() + " est déjà signataire");
        }
        signatories.add(signatory);
    }

    /** Withdraws a signatory (end of delegation); agreements already signed keep their copy. */
    public void withdrawSignatory(Signatory signatory) {
        if (!signatories.contains(signatory)) {
            throw new DomainException("financeur : " + (signatory == null ? "?" : signatory.designation()) + " n'est pas signataire");
        }
        signatories.remove(signatory);
    }

    public boolean hasSignatory(Signatory signatory) {
        return signatories.contains(signatory);
    }

    public FunderId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public FunderKind kind() {
        return kind;
    }

    public Siret siret() {
        return siret;
    }

    public PostalAddress address() {
        return address;
    }

    public List<Signatory> signatories() {
        return List.copyOf(signatories);
    }
}
