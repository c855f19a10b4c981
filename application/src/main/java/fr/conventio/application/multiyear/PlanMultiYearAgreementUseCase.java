package fr.conventio.application.multiyear;

/** D5: records (or replaces, or removes) the plan of the later years of a draft agreement. */
public interface PlanMultiYearAgreementUseCase {

    void plan(PlanMultiYearAgreementCommand command);
}
