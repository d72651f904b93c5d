package dk.samtalebordet.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;

/**
 * Who answers for Samtalebordet's accessibility ({@code samtalebordet.accessibility.*}), shown in the
 * accessibility statement. The law asks for both a written and a telephone contact.
 *
 * @param organisation the public body that runs Samtalebordet (the municipality)
 * @param email        where a person reports an accessibility problem in writing
 * @param phone        where they can call
 * @param wasUrl       the statement the organisation published in the Agency for Digital Government's WAS-Tool,
 *                     when it has
 * @param prepared     the day the statement was last reviewed (at least yearly)
 */
@ConfigurationProperties("samtalebordet.accessibility")
public record AccessibilityContact(String organisation, String email, String phone, String wasUrl,
                                   @DefaultValue("2026-12-02") LocalDate prepared) {

    public boolean hasContact() {
        return present(email) || present(phone);
    }

    public static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
