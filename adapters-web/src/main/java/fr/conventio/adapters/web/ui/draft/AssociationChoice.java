package fr.conventio.adapters.web.ui.draft;

import fr.conventio.domain.shared.AssociationId;

import java.util.Objects;

/** An association offered in the parties step: its id, its name and what tells it apart (SIRET, city). */
public record AssociationChoice(AssociationId id, String name, String detail) {

    public AssociationChoice {
        Objects.requireNonNull(id, "association : identifiant absent");
        Objects.requireNonNull(name, "association : nom absent");
    }

    /** Two choices are the same association whatever their details (the combo box compares values). */
    @Override
    public boolean equals(Object other) {
        return other instanceof AssociationChoice that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** "POLE SCS (99999999800019, Rousset)", as the combo box shows it. */
    public String label() {
        return detail == null || detail.isBlank() ? name : name + " (" + detail + ")";
    }
}
