package id.pelita.shared.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers an API path that no controller serves with 404 as problem details, instead of letting it fall through
 * to the Vaadin application. Every real endpoint is more specific and wins.
 */
@Hidden
@RestController
class ApiFallback {

	@RequestMapping("/api/**")
	ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No API endpoint answers " + request.getMethod() + " " + request.getRequestURI() + ".");
		problem.setTitle(HttpStatus.NOT_FOUND.getReasonPhrase());
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
