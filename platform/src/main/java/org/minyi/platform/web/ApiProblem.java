package org.minyi.platform.web;

import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal that becomes an RFC 9457 problem-details response. Messages come in Chinese (what
 * offices read) and English. {@code type} is a stable slug, e.g. {@code illegal-step}.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final Message title;
    private final Message detail;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String type, Message title, Message detail) {
        super(detail.en());
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
    }

    public static ApiProblem notFound(String what, String id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found",
                new Message("未找到", "Not found"),
                new Message("未找到" + what + "：" + id, what + " not found: " + id));
    }

    /** 403: the caller's role or scope does not allow this. */
    public static ApiProblem forbidden(String zh, String en) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", new Message("无权访问", "Forbidden"), new Message(zh, en));
    }

    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public Message title() {
        return title;
    }

    public Message detail() {
        return detail;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** One message in both languages. */
    public record Message(String zh, String en) {
    }
}
