package fr.conventio.adapters.web.ui.common;

import fr.conventio.domain.account.AgreementStage;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

import java.util.Optional;

/**
 * Where an agreement's file stands (Brouillon ... Liquidée, Solde versé, Clôturée, Résiliée) as a badge,
 * the same on every screen: the text from the bundles ({@code stage.*}), the colour only repeating it.
 */
public final class StageBadges {

    private StageBadges() {
    }

    public static Badge of(AgreementStage stage) {
        Badge badge = new Badge(label(stage));
        variant(stage).ifPresent(badge::addThemeVariants);
        badge.addClassName("stage-badge"); // never cut: see styles.css
        return badge;
    }

    /** The stage in words, in the UI's language. */
    public static String label(AgreementStage stage) {
        return UI.getCurrent().getTranslation("stage." + stage.name());
    }

    private static Optional<BadgeVariant> variant(AgreementStage stage) {
        return Optional.ofNullable(switch (stage) {
            case DRAFT, CLOSED -> BadgeVariant.CONTRAST;
            case APPROVED -> null;
            case SIGNED, SETTLED, BALANCE_PAID -> BadgeVariant.SUCCESS;
            case SUSPENDED, TERMINATED -> BadgeVariant.ERROR;
        });
    }
}
