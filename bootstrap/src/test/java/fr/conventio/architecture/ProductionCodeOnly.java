package fr.conventio.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** Leaves out the modules' test-jars (fixtures and fakes), which ArchUnit's own option does not recognise. */
final class ProductionCodeOnly implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }
}
