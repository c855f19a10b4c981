package fr.conventio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Shared support of the property tests (QuickTheories, see ADR 0004): how many cases are drawn
 * and checked, and generators of longs that favour the bounds and small values.
 */
public final class PropertyTesting {

    /** Cases asked for; QuickTheories skips repeats, so fewer may actually run. */
    public static final int DRAWS = 1500;
    /** Cases that must actually have been checked (jqwik's former default). */
    public static final int MIN_CASES = 1000;

    private PropertyTesting() {
    }

    /**
     * Checks the property on {@link #DRAWS} random cases (QuickTheories shrinks and prints a falsifying
     * case and its seed), then that at least {@link #MIN_CASES} of them were actually checked.
     */
    public static <T> void forAll(Gen<T> cases, Consumer<T> property) {
        AtomicInteger checked = new AtomicInteger();
        qt().withExamples(DRAWS).forAll(cases).checkAssert(c -> {
            checked.incrementAndGet();
            property.accept(c);
        });
        assertThat(checked.get()).as("cases checked").isGreaterThanOrEqualTo(MIN_CASES);
    }

    /**
     * Longs in [min, max]: the bounds and their neighbours, small values above min, and uniform
     * draws over the whole range.
     */
    public static Gen<Long> longsBetween(long min, long max) {
        Gen<Long> uniform = longs().between(min, max);
        Gen<Long> bounds = Generate.pick(List.of(min, Math.min(min + 1, max), Math.max(max - 1, min), max));
        Gen<Long> small = integers().between(0, 64 - Long.numberOfLeadingZeros(max - min))
                .flatMap(bits -> longs().between(min, min + Math.min(max - min, (1L << bits) - 1)));
        return Generate.frequency(List.of(Pair.of(7, uniform), Pair.of(1, bounds), Pair.of(2, small)));
    }
}
