package org.minyi.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Refuses request bodies over {@code minyi.web.max-request-bytes} with 413 problem details
 * ({@code payload-too-large}): at once when {@code Content-Length} announces more, and, for a body of
 * unknown length (chunked), as soon as reading it passes the limit. The reader never gets more than
 * the limit: the stream stops after the first byte too many and fails with {@link TooLargeException};
 * whoever was reading (Spring MVC's converters, the gateway's proxy) fails, and the refusal is turned
 * into the 413 here or by {@link RequestSizeLimitExceptionResolver}.
 *
 * <p>Form parameters that the servlet container parses itself ({@code request.getParameter} on an
 * {@code application/x-www-form-urlencoded} body of unknown length) do not pass through this stream;
 * the container's own cap applies to them ({@code server.tomcat.max-http-form-post-size}).
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** Request attribute set (to the limit, a {@code Long}) once a body was found over the limit. */
    public static final String EXCEEDED_ATTRIBUTE = RequestSizeLimitFilter.class.getName() + ".EXCEEDED";

    public static final String PROBLEM_TYPE = "payload-too-large";

    private final long maxBytes;

    public RequestSizeLimitFilter(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("minyi.web.max-request-bytes must not be negative: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            request.setAttribute(EXCEEDED_ATTRIBUTE, maxBytes);
            refuse(response, maxBytes);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, maxBytes), response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (exceeded(request) && !response.isCommitted()) {
                refuse(response, maxBytes);
                return;
            }
            throw e;
        }
        if (exceeded(request) && !response.isCommitted() && response.getStatus() != HttpStatus.CONTENT_TOO_LARGE.value()) {
            // Someone swallowed the failure and answered something else, still unsent: the refusal wins.
            refuse(response, maxBytes);
        }
    }

    /** Whether this request's body was found over the limit. */
    public static boolean exceeded(HttpServletRequest request) {
        return request.getAttribute(EXCEEDED_ATTRIBUTE) != null;
    }

    static void refuse(HttpServletResponse response, long maxBytes) throws IOException {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, PROBLEM_TYPE,
                new ApiProblem.Message("请求体过大", "Payload too large"),
                new ApiProblem.Message("请求体超过了 " + maxBytes + " 字节的上限。",
                        "The request body exceeds the limit of " + maxBytes + " bytes."));
        problem.setProperty("maxBytes", maxBytes);
        ProblemResponses.write(response, problem);
    }

    /** Thrown by the body stream once more than the limit was read. */
    public static final class TooLargeException extends IOException {

        public TooLargeException(long maxBytes) {
            super("Request body exceeds " + maxBytes + " bytes");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private LimitedInputStream stream;
        private BufferedReader reader;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (reader != null) {
                throw new IllegalStateException("getReader() has already been called for this request");
            }
            return stream();
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                if (stream != null) {
                    throw new IllegalStateException("getInputStream() has already been called for this request");
                }
                reader = new BufferedReader(new InputStreamReader(stream(), charset()));
            }
            return reader;
        }

        private LimitedInputStream stream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), maxBytes, this);
            }
            return stream;
        }

        private Charset charset() throws UnsupportedEncodingException {
            String encoding = getCharacterEncoding();
            if (encoding == null) {
                return StandardCharsets.ISO_8859_1; // the servlet specification's default
            }
            try {
                return Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UnsupportedEncodingException(encoding);
            }
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private final HttpServletRequest request;
        private long count;
        private boolean exceeded;

        LimitedInputStream(ServletInputStream delegate, long maxBytes, HttpServletRequest request) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            checkNotExceeded();
            int b = delegate.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkNotExceeded();
            if (length == 0) {
                return 0;
            }
            // Never ask for more than one byte past the limit: that byte is enough to refuse.
            int allowed = (int) Math.min(length, maxBytes - count + 1);
            int n = delegate.read(buffer, offset, allowed);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws TooLargeException {
            count += n;
            if (count > maxBytes) {
                exceeded = true;
                request.setAttribute(EXCEEDED_ATTRIBUTE, maxBytes);
                throw new TooLargeException(maxBytes);
            }
        }

        private void checkNotExceeded() throws TooLargeException {
            if (exceeded) {
                throw new TooLargeException(maxBytes);
            }
        }

        @Override
        public int available() throws IOException {
            return exceeded ? 0 : delegate.available();
        }

        @Override
        public boolean isFinished() {
            // Once over the limit the body is neither finished nor readable: the next read fails again.
            return !exceeded && delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return exceeded || delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
