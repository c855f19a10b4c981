package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The filters, search and sort of a list kept in its address ({@code conventions?exercice=2020&tri=subsidy&ordre=desc}):
 * the browser's Back, a reload and a shared link show the same list. The view writes its state on every change
 * ({@link #write}, replacing the current history entry: a filter is not a page to go back to) and reads it when it is
 * entered ({@link #read}); while it applies what it read ({@link #restore}) its own change listeners write nothing.
 */
public final class ListUrl {

    /** The query parameter of the sorted column's key. */
    public static final String SORT = "tri";
    /** The query parameter of the sort direction, {@code asc} or {@code desc}. */
    public static final String ORDER = "ordre";

    private final String route;
    private boolean restoring;

    public ListUrl(String route) {
        this.route = route;
    }

    /** The first value of each query parameter of the address being entered. */
    public static Map<String, String> read(BeforeEnterEvent event) {
        Map<String, String> values = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((name, list) -> {
            if (!list.isEmpty() && !list.getFirst().isBlank()) {
                values.put(name, list.getFirst());
            }
        });
        return values;
    }

    /**
     * Applies what was read from the address ({@code apply}, without writing it back while it runs), then writes the
     * view's state ({@code state}) as understood: a value the view could not read leaves the address. Nothing to do
     * for an address without parameters.
     */
    public void restore(Map<String, String> parameters, Runnable apply, Supplier<Map<String, String>> state) {
        if (parameters.isEmpty()) {
            return;
        }
        restoring = true;
        try {
            apply.run();
        } finally {
            restoring = false;
        }
        write(state.get());
    }

    /** Puts {@code parameters} (empty values left out) in the address, unless the view is restoring them. */
    public void write(Map<String, String> parameters) {
        if (restoring) {
            return;
        }
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(route, QueryParameters.simple(withoutEmpty(parameters))));
    }

    /** The parameters without the empty ones, as the address shows them. */
    public static Map<String, String> withoutEmpty(Map<String, String> parameters) {
        Map<String, String> kept = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    /** The grid's sort as parameters ({@code tri}, {@code ordre}); nothing for the default sort. */
    public static <T> Map<String, String> sortOf(Grid<T> grid, String defaultKey) {
        Map<String, String> sort = new LinkedHashMap<>();
        List<GridSortOrder<T>> orders = grid.getSortOrder();
        if (!orders.isEmpty()) {
            String key = orders.getFirst().getSorted().getKey();
            boolean ascending = orders.getFirst().getDirection() == SortDirection.ASCENDING;
            if (!(defaultKey.equals(key) && ascending)) {
                sort.put(SORT, key);
                sort.put(ORDER, ascending ? "asc" : "desc");
            }
        }
        return sort;
    }

    /** Sorts the grid as the parameters say, when they name one of its columns; otherwise leaves it as it is. */
    public static <T> void applySort(Grid<T> grid, Map<String, String> parameters) {
        Optional.ofNullable(parameters.get(SORT)).map(grid::getColumnByKey).filter(Grid.Column::isSortable).ifPresent(column ->
                grid.sort(List.of(new GridSortOrder<>(column, "desc".equals(parameters.get(ORDER)) ? SortDirection.DESCENDING
                        : SortDirection.ASCENDING))));
    }
}
