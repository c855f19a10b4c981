package fr.conventio.domain.agreement;

/** Kinds of resources of the financing plan (B1); public ones count for rule O5. */
public enum FundingSourceKind {
    THIS_FUNDER("Le financeur signataire", true),
    REGION("Région", true),
    STATE("État", true),
    EUROPE("Union européenne", true),
    OTHER_LOCAL_AUTHORITY("Autre collectivité territoriale", true),
    OTHER_PUBLIC("Autre organisme public", true),
    OWN_RESOURCES("Ressources propres", false),
    PRIVATE("Financements privés", false);

    private final String label;
    private final boolean publicBody;

    FundingSourceKind(String label, boolean publicBody) {
        this.label = label;
        this.publicBody = publicBody;
    }

    public String label() {
        return label;
    }

    /** Whether the resource is a public subsidy (every public body, this funder included). */
    public boolean isPublic() {
        return publicBody;
    }
}
