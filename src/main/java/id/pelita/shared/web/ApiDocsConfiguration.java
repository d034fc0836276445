package id.pelita.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of the REST API ({@code GET /v3/api-docs}), with its bearer-token scheme. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String BEARER = "agencyToken";

	@Bean
	OpenAPI pelitaOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Pelita LMS API")
				.version("v1")
				.description("REST API for agency HR systems. Authenticate every call with an agency API token "
						+ "created by the agency coordinator at /instansi/token-api: Authorization: Bearer <token>. "
						+ "Errors are RFC 9457 problem details (application/problem+json); 400 answers carry "
						+ "errors: [{field, message}], in English or in the language of Accept-Language (en, id)."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A per-agency API token, shown once when the coordinator creates it.")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
