package org.chatterie.portal.nodes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

import java.util.List;

/**
 * The agents' API ({@code /api/**}): stateless, no cookies, no CSRF (there is no browser),
 * every call but enrollment carries a node-signed JWT (OAuth2 resource server). Which node may
 * touch which path is checked by the controllers against the token's subject.
 */
@Configuration(proxyBeanMethods = false)
class AgentApiSecurityConfig {

    public static final String NODE_AUTHORITY = "NODE";

    @Bean
    @Order(1)
    SecurityFilterChain agentApi(HttpSecurity http, NodeJwtDecoder decoder) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/enroll").permitAll()
                        .anyRequest().hasAuthority(NODE_AUTHORITY))
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(token ->
                                new JwtAuthenticationToken(token, List.of(new SimpleGrantedAuthority(NODE_AUTHORITY)),
                                        token.getSubject()))))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }
}
