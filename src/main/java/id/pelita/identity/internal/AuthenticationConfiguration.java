package id.pelita.identity.internal;

import id.pelita.shared.audit.AuditLog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AuthenticationConfiguration {

	@Bean
	AuthenticationProvider pelitaAuthenticationProvider(AccountRepository accounts, LoginAttemptGuard guard,
			PasswordEncoder passwordEncoder, AuditLog audit) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottlingAuthenticationProvider(passwords, guard, accounts, audit);
	}

}
