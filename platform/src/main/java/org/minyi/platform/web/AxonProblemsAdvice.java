package org.minyi.platform.web;

import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Two writers on one item at once: the event store refuses the later append (its sequence number is
 * taken), and the loser gets 412, as if its {@code If-Match} had been stale. In every service with an
 * event store; registered only where Axon is on the classpath.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AxonProblemsAdvice {

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                new ApiProblem.Message("数据已被修改", "Stale version"),
                new ApiProblem.Message("此记录刚被他人修改，请刷新后重试。",
                        "The item was changed by someone else at the same time; reload and retry."));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
    }
}
