package fr.conventio.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;

import java.util.Set;

/** Predicates on method calls used by {@link ArchitectureTest}. */
final class JavaCallPredicates {

    private static final Set<String> CLOCK_OWNERS = Set.of(
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime", "java.time.Instant",
            "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.Year", "java.time.YearMonth");

    private JavaCallPredicates() {
    }

    /** A call to a method named {@code name} declared by one of {@code owners} (by their full names). */
    static DescribedPredicate<JavaMethodCall> callsOneOf(String description, Set<String> owners, Set<String> names) {
        return DescribedPredicate.describe(description,
                call -> owners.contains(call.getTargetOwner().getFullName()) && names.contains(call.getName()));
    }

    /** A call to {@code X.now(..)} on a java.time type, {@code Clock.system*()} or {@code System.currentTimeMillis()}. */
    static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return DescribedPredicate.describe("reads the system clock (now(), Clock.system*, System.currentTimeMillis)", call -> {
            String owner = call.getTargetOwner().getFullName();
            String name = call.getName();
            return (CLOCK_OWNERS.contains(owner) && name.equals("now"))
                    || (owner.equals("java.time.Clock") && name.startsWith("system"))
                    || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
        });
    }
}
