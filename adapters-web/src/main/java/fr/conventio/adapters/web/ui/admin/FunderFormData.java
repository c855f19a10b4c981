package fr.conventio.adapters.web.ui.admin;

import fr.conventio.application.funder.FunderSettings;
import fr.conventio.application.funder.SetUpFunderCommand;
import fr.conventio.domain.party.FunderKind;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.party.Siret;

import java.util.ArrayList;
import java.util.List;

/**
 * What the funder form holds while the administrator types (P1): identity, address and the list of
 * signatories being edited. {@link #toCommand(Long)} builds the command; the domain refuses what is wrong.
 */
public final class FunderFormData {

    private String name = "";
    private FunderKind kind;
    private Siret siret;
    private String addressLine = "";
    private String addressComplement = "";
    private String postalCode = "";
    private String city = "";
    private final List<Signatory> signatories = new ArrayList<>();

    public static FunderFormData empty() {
        return new FunderFormData();
    }

    public static FunderFormData of(FunderSettings settings) {
        FunderFormData data = new FunderFormData();
        data.name = settings.name();
        data.kind = settings.kind();
        data.siret = settings.siret();
        List<String> lines = settings.address().lines();
        data.addressLine = lines.getFirst();
        data.addressComplement = String.join(", ", lines.subList(1, lines.size()));
        data.postalCode = settings.address().postalCode();
        data.city = settings.address().city();
        data.signatories.addAll(settings.signatories());
        return data;
    }

    /** The command, with the version shown ({@code null} when the funder is set up for the first time). */
    public SetUpFunderCommand toCommand(Long expectedVersion) {
        List<String> lines = new ArrayList<>();
        lines.add(addressLine);
        if (addressComplement != null && !addressComplement.isBlank()) {
            lines.add(addressComplement);
        }
        return new SetUpFunderCommand(expectedVersion, name, kind, siret, new PostalAddress(lines, postalCode, city), signatories);
    }

    public List<Signatory> signatories() {
        return signatories;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public FunderKind getKind() {
        return kind;
    }

    public void setKind(FunderKind kind) {
        this.kind = kind;
    }

    public Siret getSiret() {
        return siret;
    }

    public void setSiret(Siret siret) {
        this.siret = siret;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getAddressComplement() {
        return addressComplement;
    }

    public void setAddressComplement(String addressComplement) {
        this.addressComplement = addressComplement;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
