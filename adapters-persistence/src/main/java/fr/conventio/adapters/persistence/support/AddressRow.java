package fr.conventio.adapters.persistence.support;

import java.util.List;

/** A postal address embedded in its owner's row (columns {@code address_*}; lines as {@code text[]}). */
public record AddressRow(List<String> lines, String postalCode, String city) {
}
