package dk.samtalebordet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@link IntegrationTest}'s application on PostgreSQL instead of H2: a test class that extends an integration
 * test and carries this runs all of its tests again on the real server ({@link PostgresServer}). All such
 * classes share one more Spring context, so the suite starts two: one on H2, one on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = {TestServers.class, PostgresServer.class})
public @interface PostgresIntegrationTest {
}
