package org.chatterie.portal.audit;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who acts and from which address. Resolved from the current request (Vaadin or plain HTTP)
 * and the security context; behind a reverse proxy the address comes from
 * {@code X-Forwarded-For} once {@code server.forward-headers-strategy} is set.
 */
public record Actor(String name, String address) {

    public static final Actor SYSTEM = new Actor("system", "-");

    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null
                ? "anonymous" : auth.getName();
        return new Actor(name, currentAddress());
    }

    private static String currentAddress() {
        VaadinRequest vaadinRequest = VaadinRequest.getCurrent();
        if (vaadinRequest != null) {
            return vaadinRequest.getRemoteAddr();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "-";
    }
}
