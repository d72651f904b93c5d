package dk.samtalebordet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/**
 * Samtalebordet: development conversations (MUS, LUS, GRUS) where leader and employees share one table.
 * <p>
 * The application is packaged by feature; each direct sub-package is a Spring Modulith application module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class App {

    public static void main(String[] args) {
        SpringApplication.run(App.class, args);
    }

    /** The one clock every service reads, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
