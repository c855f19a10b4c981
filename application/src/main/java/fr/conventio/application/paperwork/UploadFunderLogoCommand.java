package fr.conventio.application.paperwork;

/** The file the administrator chose as the funder's logo: its name as uploaded and its bytes. */
public record UploadFunderLogoCommand(String fileName, byte[] content) {

    public UploadFunderLogoCommand {
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
