package dk.samtalebordet.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * Which {@link LiveEventBus} this node uses: its own memory for a single node, PostgreSQL's LISTEN/NOTIFY when
 * several nodes serve the same database ({@code samtalebordet.cluster.enabled=true}).
 */
@Configuration(proxyBeanMethods = false)
class LiveBusConfiguration {

    @Bean
    @ConditionalOnProperty(name = "samtalebordet.cluster.enabled", havingValue = "false", matchIfMissing = true)
    LiveEventBus liveEventBus(LocalFollowers followers) {
        return new InMemoryLiveEventBus(followers);
    }

    @Bean
    @ConditionalOnProperty(name = "samtalebordet.cluster.enabled", havingValue = "true")
    LiveEventBus clusterLiveEventBus(LocalFollowers followers, JdbcTemplate jdbc, ObjectMapper json,
                                     DataSourceProperties dataSource, ClusterNode node,
                                     @Value("${samtalebordet.cluster.reconnect-delay:PT1S}") Duration reconnect) {
        String url = dataSource.determineUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("samtalebordet.cluster.enabled=true needs PostgreSQL "
                    + "(spring.datasource.url=jdbc:postgresql://...), not " + url);
        }
        return new PostgresLiveEventBus(followers, jdbc, json, url, dataSource.determineUsername(),
                dataSource.determinePassword(), "samtalebordet-" + node.name(), reconnect);
    }
}
