package org.chatterie.portal.nodes;

import jakarta.servlet.http.HttpServletRequest;
import org.chatterie.protocol.EnrollRequest;
import org.chatterie.protocol.EnrollResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/enroll}: the only agent call without a JWT; the one-time token is the proof. */
@RestController
class EnrollmentController {

    private final NodeService nodes;

    EnrollmentController(NodeService nodes) {
        this.nodes = nodes;
    }

    @PostMapping(path = "/api/v1/enroll", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    EnrollResponse enroll(@RequestBody EnrollRequest request, HttpServletRequest http) {
        return nodes.enroll(request, http.getRemoteAddr());
    }
}
