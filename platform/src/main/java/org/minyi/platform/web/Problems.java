package org.minyi.platform.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/** Builds problem details the same way everywhere: Chinese title and detail, English beside them. */
public final class Problems {

    /** Base of every problem {@code type}; the slug after it is stable and documented. */
    public static final String TYPE_BASE = "https://minyi.org/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, ApiProblem.Message title, ApiProblem.Message detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title.zh());
        problem.setDetail(detail.zh());
        problem.setProperty("titleEn", title.en());
        problem.setProperty("detailEn", detail.en());
        return problem;
    }
}
