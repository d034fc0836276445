package id.pelita.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import id.pelita.identity.AccountStatus;
import id.pelita.shared.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	private @Nullable String email;

	private @Nullable String nip;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "rank_grade")
	private @Nullable String rankGrade;

	private @Nullable String position;

	@Column(name = "agency_id")
	private @Nullable Long agencyId;

	private @Nullable String phone;

	@Column(name = "time_zone", nullable = false)
	private String timeZone = "Asia/Jakarta";

	@Column(nullable = false)
	private String language = "id";

	@Column(name = "password_hash")
	private @Nullable String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountStatus status;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Account() {
	}

	public Account(String username, String fullName, AccountStatus status, Instant now) {
		this.username = username;
		this.fullName = fullName;
		this.status = status;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getNip() {
		return this.nip;
	}

	public void setNip(@Nullable String nip) {
		this.nip = nip;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public @Nullable String getRankGrade() {
		return this.rankGrade;
	}

	public void setRankGrade(@Nullable String rankGrade) {
		this.rankGrade = rankGrade;
	}

	public @Nullable String getPosition() {
		return this.position;
	}

	public void setPosition(@Nullable String position) {
		this.position = position;
	}

	public @Nullable Long getAgencyId() {
		return this.agencyId;
	}

	public void setAgencyId(@Nullable Long agencyId) {
		this.agencyId = agencyId;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public @Nullable String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(@Nullable String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public AccountStatus getStatus() {
		return this.status;
	}

	public void setStatus(AccountStatus status) {
		this.status = status;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

}
