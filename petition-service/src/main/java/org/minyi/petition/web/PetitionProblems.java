package org.minyi.petition.web;

import org.axonframework.modelling.command.ConcurrencyException;
import org.minyi.petition.model.IllegalPetitionStep;
import org.minyi.platform.web.ApiProblem;
import org.minyi.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The petition's own refusals as problem details: a step out of order (409 {@code illegal-step} with
 * {@code currentState} and {@code allowedActions}) and a step that lost a race with another change of
 * the same petition (412, as a stale {@code If-Match}).
 */
@RestControllerAdvice(basePackageClasses = PetitionProblems.class)
class PetitionProblems {

    @ExceptionHandler(IllegalPetitionStep.class)
    ResponseEntity<ProblemDetail> illegalStep(IllegalPetitionStep e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "illegal-step",
                new ApiProblem.Message("当前状态不允许此操作", "Illegal step"),
                new ApiProblem.Message("信访件当前状态为 " + e.currentState() + "，不能进行 " + e.action() + "。",
                        "The petition is " + e.currentState() + ": " + e.action() + " is not allowed now."));
        problem.setProperty("action", e.action().name());
        problem.setProperty("currentState", e.currentState().name());
        problem.setProperty("allowedActions", e.allowedActions().stream().sorted().map(Enum::name).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                new ApiProblem.Message("数据已被修改", "Stale version"),
                new ApiProblem.Message("此信访件刚被他人修改，请刷新后重试。",
                        "The petition was changed by someone else at the same time; reload and retry."));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
    }
}
