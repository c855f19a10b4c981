package fr.conventio.application.funder;

/** Asks for the settings screen (the funder of this installation has no id to give). */
public record GetFunderSettingsQuery() {
}
