package id.pelita.support;

import com.vaadin.flow.spring.SpringSecurityAutoConfiguration;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One Vaadin-aware {@link SecurityContextHolderStrategy} for every application context in the test JVM.
 *
 * <p>
 * Vaadin makes a strategy per application context (each with its own thread local) and points the JVM-wide
 * {@code SecurityContextHolder} at the one made last. A running application has one context, so its filter chains
 * and its services ({@code CurrentUser}) share one strategy. The test suite caches several contexts: a browser test's
 * server would then keep the signed-in person in its own strategy while its services read another context's, and
 * answer 403 or send the browser back to sign in, depending on which test class ran before. With this bean (Vaadin's
 * own is made only when none exists) every cached context uses the same strategy, as the single production context
 * does.
 */
@AutoConfiguration(before = SpringSecurityAutoConfiguration.class)
public class SharedSecurityStrategy {

	private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

	@Bean
	SecurityContextHolderStrategy sharedSecurityContextHolderStrategy() {
		return SHARED;
	}

}
