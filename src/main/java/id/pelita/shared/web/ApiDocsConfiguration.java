package id.pelita.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of the REST API ({@code GET /v3/api-docs}), with its bearer-token scheme. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String BEARER = "agencyToken";

	private static final String NIP = "nip";

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

	/**
	 * NIPs are strings: swagger reads an example such as {@code 198503122010011003} as a JSON number, which
	 * JavaScript clients round (18 digits exceed its safe integers). Every example of a parameter or property
	 * called {@code nip} is written as text.
	 */
	@Bean
	OpenApiCustomizer nipExamplesAsText() {
		return openApi -> {
			if (openApi.getPaths() != null) {
				openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
					if (operation.getParameters() != null) {
						operation.getParameters().stream().filter(parameter -> NIP.equals(parameter.getName()))
							.forEach(parameter -> {
								parameter.setExample(text(parameter.getExample()));
								asText(parameter.getSchema());
							});
					}
				}));
			}
			if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
				openApi.getComponents().getSchemas().values().forEach(ApiDocsConfiguration::nipProperties);
			}
		};
	}

	private static void nipProperties(Schema<?> schema) {
		if (schema.getProperties() == null) {
			return;
		}
		schema.getProperties().forEach((name, property) -> {
			if (NIP.equals(name)) {
				asText(property);
			}
		});
	}

	private static void asText(@Nullable Schema<?> schema) {
		if (schema != null && schema.getExample() != null && !(schema.getExample() instanceof String)) {
			schema.setExample(text(schema.getExample()));
		}
	}

	private static @Nullable Object text(@Nullable Object example) {
		return example == null || example instanceof String ? example : example.toString();
	}

}
