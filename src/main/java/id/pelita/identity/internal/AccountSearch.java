package id.pelita.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.pelita.shared.security.Role;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/** The administrator's account filter: text in name, user name, NIP or e-mail; role; agency. */
public final class AccountSearch {

	private AccountSearch() {
	}

	public static Specification<Account> matching(@Nullable String text, @Nullable Role role,
			@Nullable Long agencyId) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (text != null && !text.isBlank()) {
				String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace(" ", "%") + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("fullName")), like), cb.like(root.get("username"), like),
						cb.like(root.get("nip"), like.replace(" ", "")), cb.like(root.get("email"), like)));
			}
			if (role != null) {
				predicates.add(cb.isMember(role, root.get("roles")));
			}
			if (agencyId != null) {
				predicates.add(cb.equal(root.get("agencyId"), agencyId));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
