package fr.conventio.adapters.web.ui.dashboard;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A horizontal bar drawn as server-side SVG for one budget line on one year: the whole bar is the
 * envelope, the committed part is filled, the paid part is hatched in a darker colour (so that colour
 * is never the only difference). It is an image ({@code role="img"}) whose accessible name states the
 * figures; the figures are also printed next to it. Shares come from the domain ({@link Amount#shareOf});
 * the bar only turns them into lengths.
 */
final class BudgetBar {

    static final int WIDTH = 200;
    static final int HEIGHT = 16;
    static final String COMMITTED_COLOUR = "#5a8ccc";
    static final String PAID_COLOUR = "#12355f";
    static final String OUTLINE_COLOUR = "#56606b";

    private BudgetBar() {
    }

    /** The share of {@code whole} that {@code part} is, 0 when there is no envelope, 100 at most. */
    static Rate share(Amount part, Amount whole) {
        if (whole.isZero() || part.isZero()) {
            return Rate.ZERO;
        }
        return part.isGreaterThan(whole) ? Rate.HUNDRED : part.shareOf(whole);
    }

    static String svg(String id, Rate committed, Rate paid, String accessibleName) {
        String safeId = id.replaceAll("[^A-Za-z0-9_-]", "_");
        String name = escape(accessibleName);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"" + safeId + "-title\""
                + " width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\">"
                + "<title id=\"" + safeId + "-title\">" + name + "</title>"
                + "<defs><pattern id=\"" + safeId + "-paid\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"" + PAID_COLOUR + "\"/>"
                + "<rect width=\"1.5\" height=\"4\" fill=\"#ffffff\"/></pattern></defs>"
                + "<rect x=\"0.5\" y=\"0.5\" width=\"" + (WIDTH - 1) + "\" height=\"" + (HEIGHT - 1) + "\" fill=\"#ffffff\""
                + " stroke=\"" + OUTLINE_COLOUR + "\"/>"
                + "<rect class=\"committed\" x=\"0\" y=\"0\" width=\"" + length(committed) + "\" height=\"" + HEIGHT + "\" fill=\""
                + COMMITTED_COLOUR + "\"/>"
                + "<rect class=\"paid\" x=\"0\" y=\"0\" width=\"" + length(paid) + "\" height=\"" + HEIGHT + "\" fill=\"url(#"
                + safeId + "-paid)\"/>"
                + "</svg>";
    }

    /** The length in pixels of a share of the bar (display geometry only). */
    static String length(Rate share) {
        return share.percent().multiply(BigDecimal.valueOf(WIDTH)).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
