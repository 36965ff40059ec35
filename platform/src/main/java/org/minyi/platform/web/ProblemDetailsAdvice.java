package org.minyi.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.minyi.platform.model.IllegalStep;
import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.model.UnknownReference;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns every refusal into {@code application/problem+json}: validation errors name each field (400),
 * unreadable bodies name the field that could not be read (an unknown property, a NUL character),
 * {@link ApiProblem}s carry their own status, a step out of order is 409, an unknown reference 422, what
 * the framework refuses by itself keeps its status in the same shape, and anything else is a 500 with a
 * correlation id.
 * Field messages come from Hibernate Validator's own zh-CN and English bundles.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final MessageInterpolator INTERPOLATOR = new ResourceBundleMessageInterpolator();

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        ProblemDetail problem = Problems.of(e.status(), e.type(), e.title(), e.detail());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleViolation(RuleViolation e) {
        return validationProblem(List.of(fieldError(e.field(), new ApiProblem.Message(e.messageZh(), e.messageEn()))));
    }

    /** 409: the item's state does not allow the step; names the state and the steps it allows instead. */
    @ExceptionHandler(IllegalStep.class)
    ResponseEntity<ProblemDetail> illegalStep(IllegalStep e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.type(), IllegalStep.TYPE.equals(e.type())
                        ? new ApiProblem.Message("当前状态不允许此操作", "Illegal step")
                        : new ApiProblem.Message("与现有记录冲突", "Conflicts with what is stored"),
                new ApiProblem.Message(e.messageZh(), e.messageEn()));
        if (e.action() != null) {
            problem.setProperty("action", e.action());
        }
        if (e.currentState() != null) {
            problem.setProperty("currentState", e.currentState());
        }
        if (e.allowedActions() != null) {
            problem.setProperty("allowedActions", e.allowedActions());
        }
        e.details().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** 422 naming every field that refers to something that is not there, each with its own message. */
    @ExceptionHandler(UnknownReference.class)
    ResponseEntity<ProblemDetail> unknownReference(UnknownReference e) {
        String fields = String.join(", ", e.references().stream().map(UnknownReference.Reference::field).distinct().toList());
        ApiProblem.Message detail = e.references().size() == 1
                ? new ApiProblem.Message(e.messageZh(), e.messageEn())
                : new ApiProblem.Message("以下字段引用的对象不存在：" + fields, "These fields refer to nothing known: " + fields);
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-reference",
                new ApiProblem.Message("引用的对象不存在", "Unknown reference"), detail);
        problem.setProperty("errors", e.references().stream()
                .map(r -> fieldError(r.field(), new ApiProblem.Message(r.messageZh(), r.messageEn()))).toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    /**
     * What Spring MVC answers by itself (an unknown path, a method or media type not supported, a missing
     * parameter) gets the same bilingual shape as every other refusal; headers such as {@code Allow} stay.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (ex instanceof MissingServletRequestParameterException missing) {
            return validationProblem(List.of(fieldError(missing.getParameterName(),
                    new ApiProblem.Message("不能为空", "must not be empty"))));
        }
        FrameworkRefusal refusal = FrameworkRefusal.of(ex, statusCode);
        ProblemDetail problem = Problems.of(statusCode, refusal.type(), refusal.title(), refusal.detail());
        return ResponseEntity.status(statusCode).headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(fe.getField(), messages(fe)));
        }
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(
                fieldError(ge.getObjectName(), new ApiProblem.Message(ge.getDefaultMessage(), ge.getDefaultMessage()))));
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = null;
        if (ex.getCause() instanceof DatabindException de && de.getPath() != null && !de.getPath().isEmpty()) {
            field = jsonPath(de);
            if (de instanceof UnrecognizedPropertyException) {
                return validationProblem(List.of(fieldError(field, new ApiProblem.Message("没有这个字段", "no such field"))));
            }
            if (RequestJson.isNulRefusal(de)) {
                return validationProblem(List.of(fieldError(field,
                        new ApiProblem.Message("不能包含 NUL 字符", "must not contain a NUL character"))));
            }
        }
        if (field == null) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                    new ApiProblem.Message("请求格式错误", "Malformed request"),
                    new ApiProblem.Message("请求体不是有效的 JSON。", "The request body is not valid JSON."));
            return ResponseEntity.badRequest().body(problem);
        }
        return validationProblem(List.of(fieldError(field,
                new ApiProblem.Message("值的格式或类型不正确", "value has the wrong format or type"))));
    }

    /** A query or path parameter of the wrong type (an unknown enum value, a malformed date): 400 naming it. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        return validationProblem(List.of(fieldError(field,
                new ApiProblem.Message("值的格式或类型不正确", "value has the wrong format or type"))));
    }

    private static String jsonPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        e.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        });
        return path.toString();
    }

    private ResponseEntity<Object> validationProblem(List<Map<String, String>> errors) {
        String fields = String.join(", ", errors.stream().map(e -> e.get("field")).distinct().toList());
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation",
                new ApiProblem.Message("请求数据无效", "Invalid request"),
                new ApiProblem.Message("以下字段有误：" + fields, "These fields are invalid: " + fields));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static Map<String, String> fieldError(String field, ApiProblem.Message message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message.zh());
        error.put("messageEn", message.en());
        return error;
    }

    @SuppressWarnings("unchecked")
    private static ApiProblem.Message messages(FieldError fe) {
        if (fe.contains(ConstraintViolation.class)) {
            ConstraintViolation<Object> cv = fe.unwrap(ConstraintViolation.class);
            MessageInterpolator.Context context = new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return cv.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return cv.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new UnsupportedOperationException();
                }
            };
            String template = cv.getMessageTemplate();
            return new ApiProblem.Message(
                    INTERPOLATOR.interpolate(template, context, Locale.SIMPLIFIED_CHINESE),
                    INTERPOLATOR.interpolate(template, context, Locale.ENGLISH));
        }
        String message = fe.getDefaultMessage() == null ? "invalid" : fe.getDefaultMessage();
        return new ApiProblem.Message(message, message);
    }
}
