package org.minyi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * When a handler fails because the body passed the size limit (Spring MVC reports it as an unreadable
 * message, the gateway as a failed proxy call), answers the 413 of {@link RequestSizeLimitFilter}
 * instead, ahead of every other resolver.
 */
public class RequestSizeLimitExceptionResolver implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (!(request.getAttribute(RequestSizeLimitFilter.EXCEEDED_ATTRIBUTE) instanceof Long maxBytes)
                || response.isCommitted()) {
            return null;
        }
        try {
            RequestSizeLimitFilter.refuse(response, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        // Right after Spring Boot's DefaultErrorAttributes (which only records the failure).
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
