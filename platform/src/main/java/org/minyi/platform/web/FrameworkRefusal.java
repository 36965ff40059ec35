package org.minyi.platform.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The words for what Spring MVC refuses by itself, in both languages, with a stable type slug. */
record FrameworkRefusal(String type, ApiProblem.Message title, ApiProblem.Message detail) {

    static FrameworkRefusal of(Exception e, HttpStatusCode status) {
        if (e instanceof NoResourceFoundException) {
            return new FrameworkRefusal("not-found", new ApiProblem.Message("未找到", "Not found"),
                    new ApiProblem.Message("没有这个地址。", "There is nothing at this address."));
        }
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            String method = m.getMethod();
            return new FrameworkRefusal("method-not-allowed", new ApiProblem.Message("不支持此请求方法", "Method not allowed"),
                    new ApiProblem.Message("此地址不支持 " + method + " 请求（可用方法见 Allow）。",
                            "This address does not take " + method + " (see Allow for the methods it takes)."));
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return new FrameworkRefusal("unsupported-media-type", new ApiProblem.Message("不支持的请求格式", "Unsupported media type"),
                    new ApiProblem.Message("请求体须为 application/json。", "The request body must be application/json."));
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return new FrameworkRefusal("not-acceptable", new ApiProblem.Message("无法提供所要求的格式", "Not acceptable"),
                    new ApiProblem.Message("此地址无法以 Accept 所列的格式回答。",
                            "This address cannot answer in any format the Accept header lists."));
        }
        int code = status.value();
        if (code >= 500) {
            return new FrameworkRefusal("internal-error", new ApiProblem.Message("服务器内部错误", "Internal error"),
                    new ApiProblem.Message("服务器未能处理此请求。", "The server could not handle the request."));
        }
        return new FrameworkRefusal("bad-request", new ApiProblem.Message("请求无效", "Bad request"),
                new ApiProblem.Message("请求无法处理（HTTP " + code + "）。", "The request cannot be handled (HTTP " + code + ")."));
    }
}
