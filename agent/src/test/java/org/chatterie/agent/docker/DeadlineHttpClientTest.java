package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeadlineHttpClientTest {

    private static final DockerHttpClient.Request STOP = DockerHttpClient.Request.builder()
            .method(DockerHttpClient.Request.Method.POST).path("/v1.41/containers/x/stop?t=600").build();

    @Test
    void givesUpAtTheDeadlineAndFreesTheBlockedCall() throws Exception {
        var interrupted = new CountDownLatch(1);
        DockerHttpClient silentEngine = new FakeClient() {
            @Override
            public Response execute(Request request) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                throw new IllegalStateException("no answer");
            }
        };
        var client = new DeadlineHttpClient(silentEngine, Duration.ofMillis(200));

        long started = System.nanoTime();
        var error = catchRuntimeException(() -> client.execute(STOP));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(DockerErrors.reason(error)).isEqualTo("the Docker Engine did not answer in time");
        assertThat(interrupted.await(2, TimeUnit.SECONDS)).as("the blocked call was interrupted").isTrue();
    }

    @Test
    void passesAnswersAndFailuresThrough() {
        var answer = new FakeResponse();
        var client = new DeadlineHttpClient(new FakeClient() {
            @Override
            public Response execute(Request request) {
                return answer;
            }
        }, Duration.ofSeconds(5));
        assertThat(client.execute(STOP)).isSameAs(answer);

        var failing = new DeadlineHttpClient(new FakeClient() {
            @Override
            public Response execute(Request request) {
                throw new IllegalArgumentException("bad request");
            }
        }, Duration.ofSeconds(5));
        assertThat(catchRuntimeException(() -> failing.execute(STOP))).isInstanceOf(IllegalArgumentException.class);
    }

    private abstract static class FakeClient implements DockerHttpClient {
        @Override
        public void close() {}
    }

    private static final class FakeResponse implements DockerHttpClient.Response {
        @Override
        public int getStatusCode() {
            return 204;
        }

        @Override
        public Map<String, List<String>> getHeaders() {
            return Map.of();
        }

        @Override
        public InputStream getBody() {
            return InputStream.nullInputStream();
        }

        @Override
        public void close() {}
    }
}
