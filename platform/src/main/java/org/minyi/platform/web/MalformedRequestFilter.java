package org.minyi.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Refuses, before anything reads it, an API request the servlet container or the framework could only
 * fail on with an error of their own (found by the API fuzz test), and a write that could not be answered
 * in a format the client accepts, before it changes anything:
 * <ul>
 *   <li>a query string that is not well-formed UTF-8 percent-encoding, or with a parameter without a name
 *   or with a control character in its name → 400;</li>
 *   <li>a {@code Content-Type} that is not a media type, a wildcard, or multipart (no endpoint takes files)
 *   → 415;</li>
 *   <li>a state-changing request whose {@code Accept} admits no JSON → 406, with nothing done; before this,
 *   the command ran and only the answer was refused.</li>
 * </ul>
 * Only {@code /api/} paths: the login form and the token endpoint have rules of their own.
 */
public class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !wellFormed(query)) {
            ProblemResponses.write(response, Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                    new ApiProblem.Message("请求格式错误", "Malformed request"),
                    new ApiProblem.Message("查询参数不是有效的 UTF-8 编码，或参数名为空或含控制字符。",
                            "The query is not valid UTF-8 percent-encoding, or a parameter has no name or a control character in its name.")));
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && !acceptableContentType(contentType)) {
            ProblemResponses.write(response, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    new ApiProblem.Message("不支持的请求格式", "Unsupported media type"),
                    new ApiProblem.Message("请求体须为 application/json。", "The request body must be application/json.")));
            return;
        }
        if (WRITES.contains(request.getMethod()) && !acceptsJson(request.getHeader("Accept"))) {
            ProblemResponses.write(response, Problems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                    new ApiProblem.Message("无法提供所要求的格式", "Not acceptable"),
                    new ApiProblem.Message("此操作只以 JSON 回答，Accept 未包含 JSON；未做任何更改。",
                            "This step answers in JSON only and Accept admits none; nothing was changed.")));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean wellFormed(String query) {
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            String decodedName = decode(name);
            if (decodedName == null || decodedName.isEmpty() || decodedName.chars().anyMatch(Character::isISOControl)
                    || decode(value) == null) {
                return false;
            }
        }
        return true;
    }

    /** Strict percent-decoding as UTF-8: null for a malformed escape or bytes that are not UTF-8. */
    static String decode(String encoded) {
        byte[] bytes = new byte[encoded.length()];
        int n = 0;
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes[n++] = ' ';
            } else if (c > 0x7F) {
                return null;
            } else {
                bytes[n++] = (byte) c;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean acceptableContentType(String header) {
        try {
            MediaType type = MediaType.parseMediaType(header);
            return !type.isWildcardType() && !type.isWildcardSubtype() && !"multipart".equalsIgnoreCase(type.getType());
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(accept);
            return accepted.stream().anyMatch(a -> a.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || a.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
