package dk.samtalebordet.presence;

import dk.samtalebordet.live.ClusterNode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Where presence and typing leases are kept: in this node's memory for a single node, in the database when
 * several nodes serve it ({@code samtalebordet.cluster.enabled=true}).
 */
@Configuration(proxyBeanMethods = false)
class PresenceStores {

    @Bean
    @ConditionalOnProperty(name = "samtalebordet.cluster.enabled", havingValue = "false", matchIfMissing = true)
    PresenceStore presenceStore() {
        return new InMemoryPresenceStore();
    }

    @Bean
    @ConditionalOnProperty(name = "samtalebordet.cluster.enabled", havingValue = "true")
    PresenceStore databasePresenceStore(JdbcClient jdbc, PlatformTransactionManager transactions, ClusterNode node) {
        return new DatabasePresenceStore(jdbc, transactions, node.name());
    }
}
