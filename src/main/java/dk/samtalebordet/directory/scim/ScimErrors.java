package dk.samtalebordet.directory.scim;

import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ErrorResponse;
import com.unboundid.scim2.common.utils.JsonUtils;
import dk.samtalebordet.people.OrganisationException;
import dk.samtalebordet.shared.Translations;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.io.IOException;
import java.io.UncheckedIOException;

/** SCIM's errors as SCIM error responses: a refused change of the organisation is a 400 with its Danish reason. */
@RestControllerAdvice(assignableTypes = {ScimUsers.class, ScimGroups.class})
class ScimErrors {

    static final String MEDIA_TYPE = "application/scim+json";

    @ExceptionHandler(ScimException.class)
    ResponseEntity<String> scim(ScimException e) {
        return body(e.getScimError());
    }

    @ExceptionHandler(OrganisationException.class)
    ResponseEntity<String> refused(OrganisationException e) {
        ErrorResponse error = new ErrorResponse(400);
        error.setScimType("invalidValue");
        error.setDetail(e.getMessage());
        return body(error);
    }

    /** Another run holds the organisation: the identity provider retries a 503 later, as it should. */
    @ExceptionHandler(OrganisationException.Busy.class)
    ResponseEntity<String> busy(OrganisationException.Busy e) {
        ErrorResponse error = new ErrorResponse(503);
        error.setDetail(e.getMessage());
        return ResponseEntity.status(503).header("Content-Type", MEDIA_TYPE).header("Retry-After", "30")
                .body(json(error));
    }

    /** Another transaction changed the same person at once: Entra sends the request again later. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<String> concurrent(OptimisticLockingFailureException e) {
        return busy(new OrganisationException.Busy(Translations.danish("organisation.run.busy")));
    }

    @ExceptionHandler(com.fasterxml.jackson.core.JsonProcessingException.class)
    ResponseEntity<String> unreadable(com.fasterxml.jackson.core.JsonProcessingException e) {
        ErrorResponse error = new ErrorResponse(400);
        error.setScimType("invalidSyntax");
        error.setDetail("Forespørgslen kan ikke læses som SCIM: " + e.getOriginalMessage());
        return body(error);
    }

    static ResponseEntity<String> body(ErrorResponse error) {
        return ResponseEntity.status(error.getStatus()).header("Content-Type", MEDIA_TYPE).body(json(error));
    }

    static void write(HttpServletResponse response, int status, String scimType, String detail) throws IOException {
        ErrorResponse error = new ErrorResponse(status);
        error.setScimType(scimType);
        error.setDetail(detail);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(error));
    }

    static String json(Object resource) {
        try {
            return JsonUtils.getObjectWriter().writeValueAsString(resource);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
