package dk.samtalebordet.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The push WebSocket is opened without permessage-deflate. Its messages are small, and each compressed
 * connection keeps a zlib deflater and inflater (about 300 kB of native memory by zlib's own sizes), two 8 kB
 * buffers and the last message it sent. Tomcat 10.1 offers the extension to every browser that asks, and
 * Atmosphere's endpoint configurator accepts it, so the upgrade request is passed on without the browser's
 * {@code Sec-WebSocket-Extensions}, before Tomcat's WebSocket filter reads it (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class PushWithoutCompression {

    private static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pushWithoutCompressionFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean upgrade = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
                    && request.getHeader(EXTENSIONS) != null;
            chain.doFilter(upgrade ? new WithoutExtensions(request) : request, response);
        }
    }

    private static final class WithoutExtensions extends HttpServletRequestWrapper {
        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !EXTENSIONS.equalsIgnoreCase(name)).toList());
        }
    }
}
