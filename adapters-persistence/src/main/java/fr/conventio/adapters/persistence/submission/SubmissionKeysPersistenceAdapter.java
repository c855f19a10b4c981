package fr.conventio.adapters.persistence.submission;

import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.SubmissionKey;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * Submission keys in {@code submission_key} (V16), in the caller's transaction. The claim is an
 * {@code insert ... on conflict do nothing}: when another transaction holds the same key uncommitted, PostgreSQL
 * makes this one wait for it, then the key is either taken (its result is read, READ COMMITTED sees it) or free
 * again (the first rolled back, this one inserts).
 */
@Component
public class SubmissionKeysPersistenceAdapter implements SubmissionKeysPort {

    private final NamedParameterJdbcTemplate jdbc;

    SubmissionKeysPersistenceAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Result> claim(SubmissionKey key, String useCase) {
        Map<String, Object> parameters = Map.of("key", key.value(), "useCase", useCase);
        int claimed = jdbc.update("insert into submission_key (submission_key, use_case) values (:key, :useCase)"
                + " on conflict (submission_key) do nothing", parameters);
        if (claimed == 1) {
            return Optional.empty();
        }
        record Stored(String useCase, String id, Long version) {
        }
        Stored stored = jdbc.queryForObject("select use_case, result_id, result_version from submission_key where submission_key = :key",
                parameters, (row, n) -> new Stored(row.getString("use_case"), row.getString("result_id"), row.getObject("result_version", Long.class)));
        if (!stored.useCase().equals(useCase)) {
            throw new IllegalStateException("submission " + key + " was claimed by " + stored.useCase() + ", not " + useCase);
        }
        return stored.id() == null ? Optional.empty() : Optional.of(new Result(stored.id(), stored.version()));
    }

    @Override
    public void complete(SubmissionKey key, String useCase, Result result) {
        int updated = jdbc.update("update submission_key set result_id = :id, result_version = :version"
                        + " where submission_key = :key and use_case = :useCase",
                Map.of("key", key.value(), "useCase", useCase, "id", result.id(), "version", result.version()));
        if (updated != 1) {
            throw new IllegalStateException("submission " + key + " was not claimed by " + useCase);
        }
    }
}
