package fr.conventio.application.fakes;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;

import java.util.List;

/** Cuts a sorted list into the page asked for, as LIMIT/OFFSET would. */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> of(List<T> sorted, PageRequest page) {
        int from = (int) Math.min(page.offset(), sorted.size());
        int to = Math.min(from + page.size(), sorted.size());
        return new Page<>(sorted.subList(from, to), sorted.size(), page);
    }
}
