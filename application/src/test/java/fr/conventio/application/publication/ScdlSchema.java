package fr.conventio.application.publication;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks of the SCDL "subventions" 2.1.1 table schema ({@code scdl/schema-2.1.1.json}, a Frictionless
 * table schema) that can be made without the reference validator, read from the schema itself: the columns
 * and their order, each field's type (string, ISO date, number with a dot, boolean oui/non), its
 * constraints (required, pattern, maxLength, enum, minimum, maximum) and the custom checks
 * ("french-siret-value": Luhn, or a digit sum divisible by 5 for La Poste; "one-of-required"). The CSV is
 * read as RFC 4180 (comma, double quotes, CRLF or LF).
 */
final class ScdlSchema {

    private record Field(String name, String type, boolean required, Pattern pattern, Integer maxLength, List<String> values,
                         BigDecimal minimum, BigDecimal maximum, List<String> trueValues, List<String> falseValues) {
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final List<Field> fields = new ArrayList<>();
    private final List<String> siretColumns = new ArrayList<>();
    private final List<String[]> oneOfRequired = new ArrayList<>();

    private ScdlSchema(JsonNode schema) {
        for (JsonNode field : schema.get("fields")) {
            JsonNode constraints = field.path("constraints");
            List<String> values = new ArrayList<>();
            constraints.path("enum").forEach(v -> values.add(v.asString()));
            List<String> trueValues = new ArrayList<>();
            field.path("trueValues").forEach(v -> trueValues.add(v.asString()));
            List<String> falseValues = new ArrayList<>();
            field.path("falseValues").forEach(v -> falseValues.add(v.asString()));
            fields.add(new Field(field.get("name").asString(), field.get("type").asString(), constraints.path("required").asBoolean(false),
                    constraints.has("pattern") ? Pattern.compile(constraints.get("pattern").asString()) : null,
                    constraints.has("maxLength") ? constraints.get("maxLength").asInt() : null, values,
                    constraints.has("minimum") ? constraints.get("minimum").decimalValue() : null,
                    constraints.has("maximum") ? constraints.get("maximum").decimalValue() : null, trueValues, falseValues));
        }
        for (JsonNode check : schema.path("custom_checks")) {
            JsonNode params = check.get("params");
            switch (check.get("name").asString()) {
                case "french-siret-value" -> siretColumns.add(params.get("column").asString());
                case "one-of-required" -> oneOfRequired.add(new String[] {params.get("column1").asString(), params.get("column2").asString()});
                default -> throw new IllegalStateException("contrôle inconnu du schéma : " + check.get("name"));
            }
        }
    }

    /** The schema of the test resources ({@code scdl/schema-2.1.1.json}, copied from /work/shared/scdl). */
    static ScdlSchema v211() {
        try (InputStream in = ScdlSchema.class.getResourceAsStream("/scdl/schema-2.1.1.json")) {
            return new ScdlSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = ScdlSchema.class.getResourceAsStream("/scdl/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's column names, in order. */
    List<String> columns() {
        return fields.stream().map(Field::name).toList();
    }

    /**
     * Every error found, "ligne 3, objet : ..." (line 1 is the header); empty when the file is valid. The
     * columns are the schema's, in its order; trailing optional ones may be left out (the schema's own
     * example of cell errors has no dispositifAide).
     */
    List<String> errors(String csv) {
        List<List<String>> rows = parse(csv);
        List<String> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            return List.of("fichier vide");
        }
        List<String> header = rows.getFirst();
        boolean prefix = header.size() <= fields.size() && header.equals(columns().subList(0, header.size()))
                && fields.subList(header.size(), fields.size()).stream().noneMatch(Field::required);
        if (!prefix) {
            errors.add("colonnes : attendu " + columns() + ", reçu " + header);
            return errors;
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            String line = "ligne " + (r + 1);
            if (row.size() != header.size()) {
                errors.add(line + " : " + row.size() + " cellules au lieu de " + header.size());
                continue;
            }
            while (row.size() < fields.size()) {
                row.add("");   // an optional column the file leaves out
            }
            for (int c = 0; c < fields.size(); c++) {
                check(fields.get(c), row.get(c), line, errors);
            }
            for (String column : siretColumns) {
                String value = row.get(columns().indexOf(column));
                if (!value.isEmpty() && !(value.matches("\\d{14}") && validSiret(value))) {
                    errors.add(line + ", " + column + " : « " + value + " » n'est pas un SIRET valide");
                }
            }
            for (String[] pair : oneOfRequired) {
                if (row.get(columns().indexOf(pair[0])).isEmpty() && row.get(columns().indexOf(pair[1])).isEmpty()) {
                    errors.add(line + " : " + pair[0] + " ou " + pair[1] + " est requis");
                }
            }
        }
        return errors;
    }

    private static void check(Field field, String value, String line, List<String> errors) {
        String where = line + ", " + field.name() + " : ";
        if (value.isEmpty()) {
            if (field.required()) {
                errors.add(where + "valeur requise");
            }
            return;
        }
        switch (field.type()) {
            case "date" -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    errors.add(where + "« " + value + " » n'est pas une date AAAA-MM-JJ");
                }
            }
            case "number" -> {
                if (!NUMBER.matcher(value).matches()) {
                    errors.add(where + "« " + value + " » n'est pas un nombre");
                } else {
                    BigDecimal number = new BigDecimal(value);
                    if (field.minimum() != null && number.compareTo(field.minimum()) < 0
                            || field.maximum() != null && number.compareTo(field.maximum()) > 0) {
                        errors.add(where + value + " hors de [" + field.minimum() + ", " + field.maximum() + "]");
                    }
                }
            }
            case "boolean" -> {
                if (!field.trueValues().contains(value) && !field.falseValues().contains(value)) {
                    errors.add(where + "« " + value + " » n'est ni " + field.trueValues() + " ni " + field.falseValues());
                }
            }
            default -> {
            }
        }
        if (field.pattern() != null && !field.pattern().matcher(value).find()) {
            errors.add(where + "« " + value + " » ne suit pas " + field.pattern());
        }
        if (field.maxLength() != null && value.codePointCount(0, value.length()) > field.maxLength()) {
            errors.add(where + "plus de " + field.maxLength() + " caractères");
        }
        if (!field.values().isEmpty() && !field.values().contains(value)) {
            errors.add(where + "« " + value + " » n'est pas parmi " + field.values());
        }
    }

    /** The schema's "french-siret-value": Luhn, except La Poste (SIREN 356000000) whose digits add up to a multiple of 5. */
    private static boolean validSiret(String siret) {
        if (siret.startsWith("356000000")) {
            return siret.chars().map(ch -> ch - '0').sum() % 5 == 0;
        }
        int sum = 0;
        for (int i = 0; i < siret.length(); i++) {
            int digit = siret.charAt(siret.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** RFC 4180 rows; a trailing line end does not make an empty row. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
            }
        }
        if (any) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
