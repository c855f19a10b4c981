package fr.conventio.adapters.web.ui.admin;

import fr.conventio.domain.shared.Amount;

/** What the budget line dialogs hold while the administrator types: code, label, a year and its envelope. */
public final class BudgetLineFormData {

    private String code = "";
    private String label = "";
    private Integer year;
    private Amount envelope;
    private boolean adopted;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Amount getEnvelope() {
        return envelope;
    }

    public void setEnvelope(Amount envelope) {
        this.envelope = envelope;
    }

    public boolean isAdopted() {
        return adopted;
    }

    public void setAdopted(boolean adopted) {
        this.adopted = adopted;
    }
}
