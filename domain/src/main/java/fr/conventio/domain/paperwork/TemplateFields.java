package fr.conventio.domain.paperwork;

import fr.conventio.domain.shared.InvalidValueException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a document template may refer to, as {@code {{convention.reference}}}: a closed catalogue, so that a
 * template naming a field that does not exist is refused when it is saved, with the field's name, never when a
 * letter is written.
 */
public final class TemplateFields {

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private static final Map<String, Function<PaperworkFacts, String>> CATALOGUE = new LinkedHashMap<>();

    static {
        CATALOGUE.put("financeur.nom", f -> f.funder().name());
        CATALOGUE.put("financeur.adresse", f -> AgreementDocument.address(f.funder().address()));
        CATALOGUE.put("financeur.ville", f -> f.funder().address().city());
        CATALOGUE.put("association.nom", f -> f.association().name());
        CATALOGUE.put("association.adresse", f -> AgreementDocument.address(f.association().registeredAddress()));
        CATALOGUE.put("association.representant", f -> f.agreement().representative().designation());
        CATALOGUE.put("convention.reference", f -> f.agreement().reference().value());
        CATALOGUE.put("convention.exercice", f -> Integer.toString(f.agreement().budgetYear().value()));
        CATALOGUE.put("convention.subvention", f -> FrenchTypography.amount(f.agreement().subsidy().votedAmount()));
        CATALOGUE.put("convention.part", f -> FrenchTypography.rate(f.agreement().shareOfCost()));
        CATALOGUE.put("signataire", f -> f.agreement().signatory().designation());
        CATALOGUE.put("date.jour", f -> FrenchTypography.date(f.today()));
    }

    private TemplateFields() {
    }

    /** The names of every field, in catalogue order. */
    public static java.util.List<String> names() {
        return java.util.List.copyOf(CATALOGUE.keySet());
    }

    /**
     * Refuses a text naming a field that does not exist, or with a « {{ » left open, naming the part of the template
     * ({@code part}: "en-tête") and the field.
     */
    public static void check(String part, String text) {
        if (text == null) {
            return;
        }
        Matcher matcher = FIELD.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!CATALOGUE.containsKey(name)) {
                throw new InvalidValueException(part, "le champ « {{" + name + "}} » n'existe pas ; champs possibles : "
                        + String.join(", ", CATALOGUE.keySet().stream().map(n -> "{{" + n + "}}").toList()));
            }
        }
        String rest = matcher.replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            throw new InvalidValueException(part, "accolades « {{ » ou « }} » sans champ complet : écrivez par exemple {{convention.reference}}");
        }
    }

    /** The text with every field replaced by its value for these facts (fields checked beforehand by {@link #check}). */
    public static String fill(String text, PaperworkFacts facts) {
        Matcher matcher = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Function<PaperworkFacts, String> value = CATALOGUE.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value.apply(facts)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

}
