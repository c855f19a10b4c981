package fr.conventio.application.dashboard;

/** The staff's home page: what is late or due soon, what to pay, what to decide, and the year's budget. */
public interface GetDashboardUseCase {

    Dashboard get(GetDashboardQuery query);
}
