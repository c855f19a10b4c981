package fr.conventio.application.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a paged query page after page until its count is reached (each query bounded by the page size). */
public final class AllPages {

    public static final int PAGE_SIZE = PageRequest.MAX_SIZE;

    private AllPages() {
    }

    public static <T> List<T> read(Function<PageRequest, Page<T>> query, String sortBy) {
        List<T> all = new ArrayList<>();
        for (int number = 0; ; number++) {
            Page<T> page = query.apply(PageRequest.of(number, PAGE_SIZE, sortBy, true));
            all.addAll(page.content());
            if (page.content().size() < PAGE_SIZE || all.size() >= page.totalElements()) {
                return all;
            }
        }
    }
}
