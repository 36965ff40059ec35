package org.minyi.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last word on an exception no other handler took: consulted after every other advice, so that a
 * service's own mappings and the platform's all come first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnexpectedErrorsAdvice {

    /** Spring Security decides these itself (401, 403): never an unexpected error. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    /**
     * Anything nobody foresaw: 500 with a correlation id the caller can quote and the log carries, and no
     * internals. Text PostgreSQL cannot store (a NUL in a query parameter) is the caller's mistake: 400.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (UnexpectedErrors.isUnstorableText(e)) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation",
                    new ApiProblem.Message("请求数据无效", "Invalid request"),
                    new ApiProblem.Message("文本中含有无法保存的字符（如 NUL）。",
                            "The text holds a character that cannot be stored (such as NUL)."));
            return ResponseEntity.badRequest().body(problem);
        }
        String correlationId = UnexpectedErrors.log(e);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                new ApiProblem.Message("服务器内部错误", "Internal error"),
                new ApiProblem.Message("处理请求时发生意外错误，请稍后重试；如仍失败，请向管理员提供编号 " + correlationId + "。",
                        "The request failed unexpectedly; retry later, and if it fails again, give the administrator the number "
                                + correlationId + "."));
        problem.setProperty("correlationId", correlationId);
        return ResponseEntity.internalServerError().body(problem);
    }
}
