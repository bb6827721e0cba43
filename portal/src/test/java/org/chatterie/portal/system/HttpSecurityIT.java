package org.chatterie.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.chatterie.portal.PortalTest;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a client sees over plain HTTP, without a browser. */
@PortalTest
class HttpSecurityIT {

    @LocalServerPort int port;
    @Autowired Jdbi jdbi;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsPublic() throws Exception {
        var response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void prometheusShowsMemberMetrics() throws Exception {
        var response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .containsPattern("chatterie_account_requests_pending \\d+")
                .containsPattern("chatterie_members\\{state=\"active\"} \\d+")
                .containsPattern("chatterie_members\\{state=\"suspended\"} \\d+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin", "/admin/requests", "/admin/members", "/admin/plans", "/admin/audit",
            "/admin/dev-mailbox", "/my-cloud", "/actuator/env", "/actuator/beans"})
    void privatePagesNeedALogin(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).isIn(302, 401, 403);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/request-account", "/setup", "/set-password/whatever", "/forgot-password"})
    void publicPagesOpenWithoutLogin(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void aForgedFormPostStoresNothing() throws Exception {
        String form = "name=Forged&email=forged%40example.org&plan=1&reason=bot&terms=on";
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/request-account"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(302, 403, 405); // CSRF refusal, never a 200 or a 500
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        int stored = jdbi.withHandle(h -> h.createQuery(
                "select count(*) from account_requests where email = 'forged@example.org'").mapTo(Integer.class).one());
        assertThat(stored).isZero();
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        var response = get("/login");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
