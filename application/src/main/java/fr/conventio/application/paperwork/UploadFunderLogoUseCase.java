package fr.conventio.application.paperwork;

/**
 * The administrator uploads the funder's logo (PNG or JPEG by content, at most 1 Mo), put in the letterhead of every
 * generated document from then on; it replaces the previous one. Refused with the field and the problem in French.
 */
public interface UploadFunderLogoUseCase {

    FunderLogoView upload(UploadFunderLogoCommand command);
}
