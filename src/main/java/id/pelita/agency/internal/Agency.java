package id.pelita.agency.internal;

import java.time.Instant;

import id.pelita.agency.AgencyKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "agency")
public class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgencyKind kind;

	@Column(name = "parent_id")
	private @Nullable Long parentId;

	private boolean active = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Agency() {
	}

	public Agency(String code, String name, AgencyKind kind, @Nullable Long parentId, Instant createdAt) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.parentId = parentId;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public AgencyKind getKind() {
		return this.kind;
	}

	public @Nullable Long getParentId() {
		return this.parentId;
	}

	public boolean isActive() {
		return this.active;
	}

}
