package fr.conventio.application.dashboard;

import fr.conventio.application.shared.ReadOnly;

/** The staff's home page: what is late or due soon, what to pay, what to decide, and the year's budget. */
public interface GetDashboardUseCase extends ReadOnly {

    Dashboard get(GetDashboardQuery query);
}
