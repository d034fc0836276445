package id.pelita.shared.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The body limit of {@code /api/v1} ({@code pelita.api.max-body-size}, 2 MB by default), before any other filter
 * (the token check included): a declared {@code Content-Length} above it is answered 413 without reading a byte;
 * a body without one (chunked) is counted while it is read and fails with {@link BodyTooLarge} at the first byte
 * past the limit, which {@link ApiProtocolProblems} answers 413 as well. Nothing of such a request is processed.
 */
@Configuration(proxyBeanMethods = false)
class ApiBodyLimit {

	/** Before Spring Security's filter chain (-100). */
	static final int ORDER = -110;

	@Bean
	FilterRegistrationBean<LimitFilter> apiBodyLimitFilter(ApiSettings settings, ApiProblemWriter problems) {
		FilterRegistrationBean<LimitFilter> registration = new FilterRegistrationBean<>(
				new LimitFilter(settings.maxBodySize().toBytes(), problems));
		registration.addUrlPatterns("/api/v1/*");
		registration.setOrder(ORDER);
		return registration;
	}

	/** A request body that went past the limit while it was read. */
	static final class BodyTooLarge extends IOException {

		private final long limit;

		BodyTooLarge(long limit) {
			super("The request body is larger than " + limit + " bytes");
			this.limit = limit;
		}

		long limit() {
			return this.limit;
		}

	}

	static final class LimitFilter extends OncePerRequestFilter {

		private final long limit;

		private final ApiProblemWriter problems;

		LimitFilter(long limit, ApiProblemWriter problems) {
			this.limit = limit;
			this.problems = problems;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > this.limit) {
				refuse(request, response, this.limit, this.problems);
				return;
			}
			chain.doFilter(new LimitedRequest(request, this.limit), response);
		}

		/** Answers 413 and closes the connection, so the rest of the body is not read. */
		static void refuse(HttpServletRequest request, HttpServletResponse response, long limit,
				ApiProblemWriter problems) throws IOException {
			response.setHeader(HttpHeaders.CONNECTION, "close");
			problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
					problems.text(request, "api.error.bodyTooLarge", DataSizes.text(limit)));
		}

	}

	/** Formats a byte count as people read it: {@code 2 MB}, {@code 512 KB}, {@code 100 bytes}. */
	static final class DataSizes {

		private DataSizes() {
		}

		static String text(long bytes) {
			if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
				return bytes / (1024 * 1024) + " MB";
			}
			if (bytes >= 1024 && bytes % 1024 == 0) {
				return bytes / 1024 + " KB";
			}
			return bytes + " bytes";
		}

	}

	/** The request with a body that stops at the limit. */
	static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private @Nullable ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
		}

	}

	static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		CountingStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int next = this.in.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.in.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws BodyTooLarge {
			this.read += bytes;
			if (this.read > this.limit) {
				throw new BodyTooLarge(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
