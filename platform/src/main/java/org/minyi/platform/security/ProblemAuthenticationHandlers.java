package org.minyi.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import org.minyi.platform.web.ApiProblem.Message;
import org.minyi.platform.web.ProblemResponses;
import org.minyi.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 as problem details, like every other refusal. */
public final class ProblemAuthenticationHandlers {

    private ProblemAuthenticationHandlers() {
    }

    public static AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    new Message("未认证", "Unauthenticated"),
                    new Message("需要有效的访问令牌（Authorization: Bearer）。",
                            "A valid access token is required (Authorization: Bearer).")));
        };
    }

    public static AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                new Message("无权访问", "Forbidden"),
                new Message("当前账号无权执行此操作。", "This account may not do this.")));
    }

    private static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        ProblemResponses.write(response, problem);
    }
}
