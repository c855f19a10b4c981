package fr.conventio.application.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results and the total count of the query (for "N conventions"). */
public record Page<T>(List<T> content, long totalElements, PageRequest request) {

    public Page {
        content = List.copyOf(content);
        if (totalElements < content.size()) {
            throw new IllegalArgumentException("total inférieur au nombre d'éléments de la page");
        }
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(content.stream().map(mapper).toList(), totalElements, request);
    }
}
