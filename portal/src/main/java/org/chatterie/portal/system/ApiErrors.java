package org.chatterie.portal.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the REST APIs as RFC 9457 problem documents: a client mistake is a 4xx naming
 * what is wrong ({@code error} is a stable code for programs, {@code detail} for people);
 * nothing unexpected ever shows a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        var first = e.errors().get(0);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                first.field() + ": " + first.messageKey());
        problem.setProperty("error", first.messageKey());
        problem.setProperty("field", first.field());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not valid JSON for this call");
        problem.setProperty("error", "body_invalid");
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setProperty("error", "forbidden");
        return problem;
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        String reference = Tokens.newId(4);
        log.error("Unexpected API error (reference {})", reference, e);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected error, reference " + reference);
        problem.setProperty("error", "internal");
        return problem;
    }
}
