package org.chatterie.agent.proxy;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Renders nginx.conf. Pure and deterministic (routes sorted), so an unchanged state gives the
 * same bytes and no reload. A suspended instance answers 503 with a short page instead of an
 * nginx error; an unknown host gets 404.
 */
final class NginxConfig {

    /** One address routed to one container, or to the "suspended" page when {@code upstream} is null. */
    record Route(String hostname, String upstream) {}

    private NginxConfig() {}

    static String render(Path dir, String listenAddress, int listenPort, List<Route> routes) {
        String listen = listenAddress + ":" + listenPort;
        var out = new StringBuilder();
        out.append("# Written by the Chatterie agent; edits are overwritten.\n")
                .append("worker_processes 1;\n")
                .append("pid ").append(dir.resolve("nginx.pid")).append(";\n")
                .append("error_log ").append(dir.resolve("error.log")).append(" warn;\n")
                .append("events { worker_connections 1024; }\n")
                .append("http {\n")
                .append("    access_log off;\n")
                .append("    server_tokens off;\n")
                .append("    client_max_body_size 1g;\n")
                .append("    client_body_temp_path ").append(dir.resolve("tmp/body")).append(";\n")
                .append("    proxy_temp_path ").append(dir.resolve("tmp/proxy")).append(";\n")
                .append("    fastcgi_temp_path ").append(dir.resolve("tmp/fastcgi")).append(";\n")
                .append("    uwsgi_temp_path ").append(dir.resolve("tmp/uwsgi")).append(";\n")
                .append("    scgi_temp_path ").append(dir.resolve("tmp/scgi")).append(";\n")
                .append("    server_names_hash_bucket_size 128;\n")
                .append("    map $http_upgrade $connection_upgrade { default upgrade; '' close; }\n")
                // Keep the scheme the host's front proxy saw (https), else what this nginx saw.
                .append("    map $http_x_forwarded_proto $forwarded_proto { default $http_x_forwarded_proto; '' $scheme; }\n")
                .append("    server {\n")
                .append("        listen ").append(listen).append(" default_server;\n")
                .append("        return 404 \"No app at this address.\\n\";\n")
                .append("    }\n");
        routes.stream().sorted(Comparator.comparing(Route::hostname)).forEach(route -> {
            out.append("    server {\n")
                    .append("        listen ").append(listen).append(";\n")
                    .append("        server_name ").append(route.hostname()).append(";\n");
            if (route.upstream() == null) {
                out.append("        default_type text/plain;\n")
                        .append("        return 503 \"This app is suspended or starting. / Cette application est suspendue ou démarre.\\n\";\n");
            } else {
                out.append("        location / {\n")
                        .append("            proxy_pass http://").append(route.upstream()).append(";\n")
                        .append("            proxy_http_version 1.1;\n")
                        .append("            proxy_set_header Host $host;\n")
                        .append("            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n")
                        .append("            proxy_set_header X-Forwarded-Proto $forwarded_proto;\n")
                        .append("            proxy_set_header Upgrade $http_upgrade;\n")
                        .append("            proxy_set_header Connection $connection_upgrade;\n")
                        .append("        }\n");
            }
            out.append("    }\n");
        });
        return out.append("}\n").toString();
    }

    /** Hostnames come from the portal; anything that is not a plain DNS name is left out. */
    static boolean safeHostname(String hostname) {
        return hostname != null && hostname.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");
    }

    static boolean safeUpstream(String upstream) {
        return upstream != null && upstream.matches("[0-9a-fA-F.:\\[\\]]+:[0-9]{1,5}");
    }
}
