package id.pelita.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * HTTP-level mistakes of API callers, answered as problem details before or around any controller: a method the
 * path does not take (405 with {@code Allow}), a body of a media type it does not read (415 with {@code Accept}),
 * an {@code Accept} it cannot answer (406), a path no controller serves (404, instead of falling through to
 * the Vaadin application), and a body past the limit of {@link ApiBodyLimit} while a controller read it (413). Only paths under {@code /api/} are touched.
 */
@Configuration(proxyBeanMethods = false)
class ApiProtocolProblems implements HandlerExceptionResolver, Ordered {

	static final String API_PREFIX = "/api/";

	private final ApiProblemWriter problems;

	ApiProtocolProblems(ApiProblemWriter problems) {
		this.problems = problems;
	}

	/**
	 * {@code /api/**} paths that no controller maps at all. A mapping of its own, after the controllers' (order 0),
	 * so that a path a controller maps with another method or media type still gets 405 or 415 from there.
	 */
	@Bean
	SimpleUrlHandlerMapping apiNotFoundHandlerMapping() {
		HttpRequestHandler notFound = (request, response) -> this.problems.write(request, response,
				HttpStatus.NOT_FOUND,
				this.problems.text(request, "api.error.noEndpoint", request.getMethod(), request.getRequestURI()));
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
		mapping.setOrder(1);
		return mapping;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception failure) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(API_PREFIX) || response.isCommitted()) {
			return null;
		}
		try {
			ApiBodyLimit.BodyTooLarge tooLarge = tooLarge(failure);
			if (tooLarge != null) {
				ApiBodyLimit.LimitFilter.refuse(request, response, tooLarge.limit(), this.problems);
				return new ModelAndView();
			}
			switch (failure) {
				case HttpRequestMethodNotSupportedException wrongMethod -> {
					Set<HttpMethod> allowed = wrongMethod.getSupportedHttpMethods();
					String names = allowed == null ? "" : allowed.stream().map(HttpMethod::name).sorted()
						.collect(Collectors.joining(", "));
					response.setHeader(HttpHeaders.ALLOW, names);
					this.problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED,
							this.problems.text(request, "api.error.method", request.getMethod(), names));
				}
				case HttpMediaTypeNotSupportedException wrongType -> {
					String supported = MediaType.toString(wrongType.getSupportedMediaTypes());
					response.setHeader(HttpHeaders.ACCEPT, supported);
					String sent = wrongType.getContentType() == null ? "-" : wrongType.getContentType().toString();
					this.problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
							this.problems.text(request, "api.error.mediaType", sent, supported));
				}
				case HttpMediaTypeNotAcceptableException notAcceptable -> this.problems.write(request, response,
						HttpStatus.NOT_ACCEPTABLE, this.problems.text(request, "api.error.notAcceptable",
								MediaType.toString(notAcceptable.getSupportedMediaTypes())));
				default -> {
					return null;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ModelAndView();
	}

	/** The body limit's failure, however deep a message converter wrapped it. */
	private static ApiBodyLimit.@Nullable BodyTooLarge tooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ApiBodyLimit.BodyTooLarge tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

}
