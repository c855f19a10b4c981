package fr.conventio.adapters.persistence.readside;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.shared.Amount;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What the read-side queries share: one query for a page and its counts, enum orders, money columns. */
final class ReadSidePages {

    private ReadSidePages() {
    }

    /** A page's rows and the counts every row of the query carried (window functions over the whole selection). */
    record Counted<T>(List<T> content, long[] counts) {

        Page<T> page(PageRequest request) {
            return new Page<>(content, counts[0], request);
        }
    }

    /**
     * One query whose counts are computed apart from its page (a CTE joined {@code left join page on true}): it always
     * returns one row at least, the counts on every row; a row whose {@code presentColumn} is null carries the counts
     * only (an empty page). {@code :limit} and {@code :offset} are bound from {@code page}.
     */
    static <T> Counted<T> counted(NamedParameterJdbcTemplate jdbc, String sql, MapSqlParameterSource parameters, PageRequest page,
                                  String presentColumn, RowMapper<T> mapper, String... countColumns) {
        long[] counts = new long[countColumns.length];
        List<T> content = new ArrayList<>();
        jdbc.query(sql, parameters.addValue("limit", page.size()).addValue("offset", page.offset()), (RowCallbackHandler) rs -> {
            readCounts(rs, countColumns, counts);
            if (rs.getObject(presentColumn) != null) {
                content.add(mapper.mapRow(rs, content.size()));
            }
        });
        return new Counted<>(content, counts);
    }

    /** {@link #counted} with the total in the column {@code total}. */
    static <T> Page<T> countedPage(NamedParameterJdbcTemplate jdbc, String sql, MapSqlParameterSource parameters, PageRequest page,
                                   String presentColumn, RowMapper<T> mapper) {
        return counted(jdbc, sql, parameters, page, presentColumn, mapper, "total").page(page);
    }

    private static void readCounts(ResultSet rs, String[] columns, long[] counts) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            counts[i] = rs.getLong(columns[i]);
        }
    }

    /** The position of {@code column} in the enum's order, for sorting as Java compares enums. */
    static String order(Enum<?>[] values, String column) {
        return Arrays.stream(values).map(value -> "'" + value.name() + "'")
                .collect(Collectors.joining(", ", "array_position(array[", "]::text[], " + column + ")"));
    }

    /** A money column (never null where read). */
    static Amount amount(ResultSet rs, String column) throws SQLException {
        return new Amount(rs.getBigDecimal(column));
    }
}
