package id.pelita.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the REST API, under {@code pelita.api}.
 *
 * @param maxBodySize the largest request body {@code /api/v1} reads; a larger one is answered 413
 */
@ConfigurationProperties("pelita.api")
public record ApiSettings(@DefaultValue("2MB") DataSize maxBodySize) {
}
