package fr.conventio.domain.publication;

/** The "nature" column of SCDL subventions 2.1.1: cash aid, in-kind aid, or both. */
public enum ScdlNature {
    CASH("aide en numéraire"),
    IN_KIND("aide en nature"),
    CASH_AND_IN_KIND("aide en numéraire;aide en nature");

    private final String csvValue;

    ScdlNature(String csvValue) {
        this.csvValue = csvValue;
    }

    /** The exact value the schema allows. */
    public String csvValue() {
        return csvValue;
    }
}
