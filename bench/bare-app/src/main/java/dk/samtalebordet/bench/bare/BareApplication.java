package dk.samtalebordet.bench.bare;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The startup baseline: Spring Boot and Vaadin with push, as Samtalebordet is built, and nothing of its own. */
@SpringBootApplication
@Push
public class BareApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }
}
