package jp.enishi.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body larger than anything Enishi takes (images are 2 MB at most) is answered 413 with a short message
 * in Japanese and English, before anything reads it: by its Content-Length, or — sent in chunks — when the servlet
 * container's multipart limit stops it. One log line instead of two stack traces per request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OversizedRequests.class);
    static final String MESSAGE = "送信されたデータが大きすぎます（画像は2MBまで）。\nThe request is too large (images: 2 MB at most).\n";

    private final long limit;

    OversizedRequests(@Value("${spring.servlet.multipart.max-request-size:3MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, "Content-Length " + request.getContentLengthLong());
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IllegalStateException e) {
            if (!isSizeLimit(e) || response.isCommitted()) {
                throw e;
            }
            refuse(request, response, "multipart limit");
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        log.warn("Refused an oversized request to {} from {} ({}; limit {} bytes)", request.getRequestURI(),
                request.getRemoteAddr(), why, limit);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Connection", "close");
        response.getOutputStream().write(MESSAGE.getBytes(StandardCharsets.UTF_8));
    }

    /** Tomcat's FileSizeLimitExceededException and SizeLimitExceededException, wrapped as it throws them. */
    private static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }
}
