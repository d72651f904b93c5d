package dk.samtalebordet.retention;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Retained data that is one table's rows older than a rule's period: {@code fromWhere} is the statement's
 * {@code from ... where ...} part, with the cutoff time for every one of its parameters.
 */
public abstract class RowsOlderThan implements RetainedData {

    private final JdbcClient jdbc;
    private final String kind;
    private final Function<RetentionRules, Period> period;
    private final String fromWhere;

    protected RowsOlderThan(JdbcClient jdbc, String kind, Function<RetentionRules, Period> period, String fromWhere) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.period = period;
        this.fromWhere = fromWhere;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Period period(RetentionRules rules) {
        return period.apply(rules);
    }

    @Override
    public int due(RetentionRules rules, Instant now) {
        return jdbc.sql("select count(*) " + fromWhere).params(cutoffs(rules, now)).query(Integer.class).single();
    }

    @Override
    public int delete(RetentionRules rules, Instant now) {
        return jdbc.sql("delete " + fromWhere).params(cutoffs(rules, now)).update();
    }

    private List<Timestamp> cutoffs(RetentionRules rules, Instant now) {
        int parameters = (int) fromWhere.chars().filter(c -> c == '?').count();
        return Collections.nCopies(parameters, Timestamp.from(RetentionRules.before(now, period.apply(rules))));
    }
}
