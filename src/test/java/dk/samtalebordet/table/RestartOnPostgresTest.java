package dk.samtalebordet.table;

import dk.samtalebordet.PostgresServer;

import java.util.List;

/** {@link RestartTest} with both starts on one PostgreSQL database, as a municipality's server keeps it. */
class RestartOnPostgresTest extends RestartTest {

    @Override
    protected List<String> database() {
        return PostgresServer.properties(PostgresServer.newDatabase()).entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()).toList();
    }
}
