package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.reading.AuditChange;
import fr.conventio.application.reading.AuditEntry;
import fr.conventio.domain.control.MeetingKind;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.settlement.FundingDecisionKind;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.FileNames;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.TerminationGround;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The audit trail in French, as staff read it: a label per field ({@code agreement.history.field.*}),
 * amounts as {@code 80 000,00 €}, rates as {@code 80,00 %}, statuses and kinds by their French label,
 * dates as {@code dd/MM/yyyy}, "—" for no value. A field, status or type without a label shows as
 * recorded: formatting never fails. Budget lines, obligations, payments and recovery orders are named
 * ({@link Names}), never shown by id; enum words recorded inside a text ("par FUNDER") read in French.
 */
public final class HistoryFormat {

    /**
     * What the history names records by: the id (as recorded, a UUID string) of a budget line, obligation, payment or
     * recovery order → its French name ("CT1 — Budget Principal", "Attestation d'assurance", "mandat M-2020-0101").
     */
    public record Names(Map<String, String> byId) {

        public static final Names NONE = new Names(Map.of());

        public Names {
            byId = Map.copyOf(byId);
        }

        String of(String id) {
            return id == null ? null : byId.get(id);
        }
    }

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    public static final String NONE = "—";
    private static final String FIELD = "agreement.history.field.";
    private static final Set<String> TYPES = Set.of("FUNDER", "ASSOCIATION", "BUDGET_LINE", "AGREEMENT", "PAYMENT", "OBLIGATION",
            "RECOVERY_ORDER", "AGREEMENT_CONTROL");
    private static final Set<String> ACTIONS = Set.of("INSERT", "UPDATE", "DELETE");
    /** Fields holding an amount ("72000.00"), by full name or by prefix before the id / year suffix. */
    private static final Set<String> MONEY = Set.of("subsidy", "eligibleExpenses", "finalSubsidy", "amount", "amountReceived",
            "annualBudget", "amountKept", "amountToRestitute", "subsidyReductions", "charge", "envelope", "committed", "realExpenses",
            "subsidyBase");
    private static final Set<String> RATES = Set.of("advanceRate");
    private static final Set<String> BOOLEANS = Set.of("budgetAdopted", "paymentOnEvent");
    /** A long text audited by its length and SHA-256 (persistence's AuditedFields.digest): "sha256:<hex> (12 caractères)". */
    private static final Pattern DIGEST = Pattern.compile("sha256:([0-9a-f]{64}) \\((\\d+) caractères\\)");
    /** An obligation's last event as audited: "REJECTED le 2021-05-10 par claire...". */
    private static final Pattern EVENT = Pattern.compile("^(RECEIVED|ACCEPTED|REJECTED|WAIVED|RESCHEDULED) (.*)$", Pattern.DOTALL);
    /** A document id in parentheses inside a recorded text: " (1a2b...)" (ids are not shown). */
    private static final Pattern ID_IN_PARENTHESES = Pattern.compile(" \\(" + "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}" + "\\)");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** An amount recorded inside a text ("REDUCTION 5000.00 le ..."). */
    private static final Pattern AMOUNT_IN_TEXT = Pattern.compile("\\b\\d+\\.\\d{2}\\b");
    /** Fields whose recorded text holds amounts as plain decimals. */
    private static final Set<String> TEXTS_WITH_AMOUNTS = Set.of("fundingDecision", "republicanBreach", "financing", "inKind");
    /** An enum name recorded inside a text ("par FUNDER", "EVALUATION le ..."). */
    private static final Pattern ENUM_WORD = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");
    private static final Map<String, String> ENUM_WORDS = enumWords();

    private HistoryFormat() {
    }

    public static String when(AuditEntry entry) {
        return WHEN.format(entry.occurredAt().atZone(PARIS));
    }

    public static String type(String code) {
        return code != null && TYPES.contains(code) ? Texts.t("agreement.history.type." + code) : orNone(code);
    }

    public static String action(String code) {
        return code != null && ACTIONS.contains(code) ? Texts.t("agreement.history.action." + code) : orNone(code);
    }

    /** The kind of record, named when it is known: "Obligation — Attestation d'assurance responsabilité civile". */
    public static String record(AuditEntry entry, Names names) {
        String name = names.of(entry.aggregateId());
        return name == null ? type(entry.aggregateType()) : type(entry.aggregateType()) + " — " + name;
    }

    /** "Statut : Brouillon → Approuvée ; Subvention votée : 80 000,00 € → 72 000,00 €". */
    public static String changes(String aggregateType, Map<String, AuditChange> changes) {
        return changes(aggregateType, changes, Names.NONE);
    }

    /** As {@link #changes(String, Map)}, budget lines named by {@code names} ("Subvention imputée sur la ligne CT1 — ..."). */
    public static String changes(String aggregateType, Map<String, AuditChange> changes, Names names) {
        return changes.entrySet().stream()
                .map(c -> field(c.getKey(), names) + " : " + value(aggregateType, c.getKey(), c.getValue().oldValue()) + " → "
                        + value(aggregateType, c.getKey(), c.getValue().newValue()))
                .collect(Collectors.joining(" ; "));
    }

    static String field(String name) {
        return field(name, Names.NONE);
    }

    /**
     * The French label of a recorded field: "Statut", "Subvention imputée sur la ligne CT1 — ...", "Mise en demeure n° 2";
     * else the raw name. A budget line the names do not know reads "une ligne budgétaire", never its id.
     */
    static String field(String name, Names names) {
        if (name == null) {
            return NONE;
        }
        String whole = optional(FIELD + name);
        if (whole != null) {
            return whole;
        }
        int dot = name.indexOf('.');
        if (dot > 0 && dot < name.length() - 1) {
            String prefix = name.substring(0, dot);
            String suffix = name.substring(dot + 1);
            String readable = UUID.matcher(suffix).matches()
                    ? java.util.Objects.requireNonNullElse(names.of(suffix), Texts.t("agreement.history.value.unnamedLine")) : suffix;
            String pattern = optional(FIELD + prefix + ".item", readable);
            if (pattern != null) {
                return pattern;
            }
        }
        return name;
    }

    /** A recorded value as shown: "—" when absent, French amount / rate / date / label when it is one. */
    static String value(String aggregateType, String field, String value) {
        if (value == null || value.isBlank() || "∅".equals(value)) {
            return NONE;
        }
        try {
            String prefix = field == null ? "" : field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
            if (MONEY.contains(prefix) && DECIMAL.matcher(value).matches()) {
                BigDecimal euros = new BigDecimal(value);
                return euros.signum() >= 0 && euros.scale() <= 2 ? Formats.amount(Amount.of(value))
                        : Formats.number(euros) + Formats.NBSP + "€";
            }
            if (RATES.contains(prefix) && DECIMAL.matcher(value).matches()) {
                return Formats.number(new BigDecimal(value)) + Formats.NBSP + "%";
            }
            if (BOOLEANS.contains(prefix) && ("true".equals(value) || "false".equals(value))) {
                return Texts.t("agreement.history.value." + value);
            }
            if (TEXTS_WITH_AMOUNTS.contains(prefix)) {
                value = AMOUNT_IN_TEXT.matcher(value).replaceAll(m -> Matcher.quoteReplacement(Formats.amount(Amount.of(m.group()))));
            }
            String enumKey = enumKey(aggregateType, prefix);
            if (enumKey != null) {
                String label = optional(enumKey + value);
                if (label != null) {
                    return label;
                }
            }
            if (value.length() == 10 && ISO_DATE.matcher(value).matches()) {
                return Formats.date(LocalDate.parse(value));
            }
            Matcher digest = DIGEST.matcher(value);
            if (digest.matches()) {
                return Texts.t("agreement.history.value.digest", Formats.count(Long.parseLong(digest.group(2))), digest.group(1).substring(0, 12));
            }
            Matcher event = EVENT.matcher(value);
            if ("lastEvent".equals(prefix) && event.matches()) {
                // a change of due date (O5) is an event, not a status
                String kind = "RESCHEDULED".equals(event.group(1)) ? Texts.t("agreement.obligation.event.RESCHEDULED")
                        : Texts.t("agreement.obligation.status." + event.group(1));
                return kind + " " + FileNames.display(words(dates(ID_IN_PARENTHESES.matcher(event.group(2)).replaceAll(""))));
            }
        } catch (RuntimeException | Error unreadable) {
            return words(dates(value));
        }
        return words(dates(value));
    }

    /** Enum names recorded inside a text, in French: "par FUNDER" → "par le financeur"; unknown words stay as they are. */
    private static String words(String text) {
        return ENUM_WORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(ENUM_WORDS.getOrDefault(m.group(), m.group())));
    }

    private static Map<String, String> enumWords() {
        Map<String, String> words = new HashMap<>();
        label(words, Party.values(), Party::label);
        label(words, FundingDecisionKind.values(), FundingDecisionKind::label);
        label(words, MeetingKind.values(), MeetingKind::label);
        label(words, ObligationType.values(), ObligationType::label);
        label(words, TerminationGround.values(), TerminationGround::label);
        label(words, RecoveryGround.values(), RecoveryGround::label);
        label(words, PaymentKind.values(), PaymentKind::label);
        return Map.copyOf(words);
    }

    private static <E extends Enum<E>> void label(Map<String, String> words, E[] values, java.util.function.Function<E, String> label) {
        for (E value : values) {
            words.putIfAbsent(value.name(), label.apply(value));
        }
    }

    /** The bundle prefix of the labels of an enum field, or null. */
    private static String enumKey(String aggregateType, String field) {
        return switch (field) {
            case "status" -> switch (aggregateType == null ? "" : aggregateType) {
                case "PAYMENT" -> "agreement.payment.status.";
                case "OBLIGATION" -> "agreement.obligation.status.";
                case "RECOVERY_ORDER" -> "agreement.recovery.status.";
                default -> "stage."; // an agreement status reads as the stage of the same name
            };
            case "kind" -> "PAYMENT".equals(aggregateType) ? "agreement.payment.kind." : null;
            case "ground" -> "agreement.recovery.ground.";
            case "terminationGround" -> "agreement.terminate.ground.";
            case "restitution" -> "agreement.terminate.restitution.";
            default -> null;
        };
    }

    /** ISO dates inside a free text ("envoyée le 2020-03-02") as dd/MM/yyyy. */
    private static String dates(String text) {
        return ISO_DATE.matcher(text).replaceAll("$3/$2/$1");
    }

    private static String orNone(String code) {
        return code == null ? NONE : code;
    }

    /** The translation of {@code key}, or null when the bundle has none (the provider's "!…key" marker). */
    private static String optional(String key, Object... arguments) {
        try {
            String text = Texts.t(key, arguments);
            if (text == null || text.isEmpty() || (text.startsWith("!") && text.contains(key))) {
                return null;
            }
            return text;
        } catch (RuntimeException missing) {
            return null;
        }
    }

}
