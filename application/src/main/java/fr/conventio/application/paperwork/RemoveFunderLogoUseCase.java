package fr.conventio.application.paperwork;

/** The administrator removes the funder's logo: the documents generated from then on have none. */
public interface RemoveFunderLogoUseCase {

    void remove();
}
