package fr.conventio.adapters.persistence.readside;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A template that remembers every statement a read-side adapter gives it (then runs it), to explain its plan. */
final class RecordingJdbc extends NamedParameterJdbcTemplate {

    record Statement(String sql, SqlParameterSource parameters) {
    }

    private final List<Statement> statements = new ArrayList<>();

    RecordingJdbc(JdbcTemplate jdbc) {
        super(jdbc);
    }

    /** Every statement run, once each (the template's shortcuts call its own {@code query}). */
    List<Statement> statements() {
        return List.copyOf(statements);
    }

    /** The plan of {@code statement}, one line per node, with {@code explain (options)}. */
    List<String> explain(Statement statement, String options) {
        return new NamedParameterJdbcTemplate(getJdbcTemplate()).queryForList("explain (" + options + ") " + statement.sql(),
                statement.parameters(), String.class);
    }

    private void record(String sql, SqlParameterSource parameters) {
        boolean seen = statements.stream().anyMatch(s -> s.sql().equals(sql) && s.parameters() == parameters);
        if (!seen) {
            statements.add(new Statement(sql, parameters));
        }
    }

    @Override
    public <T> List<T> query(String sql, SqlParameterSource parameters, RowMapper<T> mapper) {
        record(sql, parameters);
        return super.query(sql, parameters, mapper);
    }

    @Override
    public void query(String sql, SqlParameterSource parameters, RowCallbackHandler handler) {
        record(sql, parameters);
        super.query(sql, parameters, handler);
    }

    @Override
    public <T> T query(String sql, SqlParameterSource parameters, ResultSetExtractor<T> extractor) {
        record(sql, parameters);
        return super.query(sql, parameters, extractor);
    }

    @Override
    public <T> T queryForObject(String sql, SqlParameterSource parameters, Class<T> type) {
        record(sql, parameters);
        return super.queryForObject(sql, parameters, type);
    }

    @Override
    public <T> List<T> queryForList(String sql, SqlParameterSource parameters, Class<T> type) {
        record(sql, parameters);
        return super.queryForList(sql, parameters, type);
    }

    @Override
    public List<Map<String, Object>> queryForList(String sql, SqlParameterSource parameters) {
        record(sql, parameters);
        return super.queryForList(sql, parameters);
    }
}
