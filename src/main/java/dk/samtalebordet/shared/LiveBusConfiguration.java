package dk.samtalebordet.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which {@link LiveEventBus} this node uses. */
@Configuration(proxyBeanMethods = false)
class LiveBusConfiguration {

    @Bean
    LiveEventBus liveEventBus(LocalFollowers followers) {
        return new InMemoryLiveEventBus(followers);
    }
}
