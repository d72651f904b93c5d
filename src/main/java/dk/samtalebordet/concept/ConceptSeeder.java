package dk.samtalebordet.concept;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Loads the concepts the project carries ({@code src/main/resources/concepts/*.json}) into the database, once
 * and idempotently: a key and version that is stored already is never touched. To change a seeded concept,
 * raise the version in its file; the old version stays for the conversations that used it.
 */
@Component
@Order(10)
class ConceptSeeder implements ApplicationRunner {

    static final List<String> SEED_FILES = List.of(
            "concepts/albertslund-mus.json",
            "concepts/albertslund-lus.json",
            "concepts/hoeje-taastrup-mus.json");

    private static final Logger log = LoggerFactory.getLogger(ConceptSeeder.class);

    private final ConceptService service;
    private final ObjectMapper mapper;

    ConceptSeeder(ConceptService service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String file : SEED_FILES) {
            ConceptDefinition definition = read(file);
            if (service.storeIfAbsent(definition, "seed")) {
                log.info("Seeded concept {} version {}", definition.key(), definition.version());
            } else if (!service.storedHash(definition.key(), definition.version()).orElseThrow()
                    .equals(ConceptService.hash(definition))) {
                log.warn("{} differs from the stored {} version {}; the stored version is kept. "
                        + "Raise the version in the file to publish the change.", file, definition.key(),
                        definition.version());
            }
        }
    }

    private ConceptDefinition read(String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return mapper.readValue(in, ConceptDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
