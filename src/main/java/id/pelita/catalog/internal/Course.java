package id.pelita.catalog.internal;

import java.math.BigDecimal;
import java.time.Instant;

import id.pelita.catalog.CompetencyType;
import id.pelita.catalog.LearningMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "course")
public class Course {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "competency_type", nullable = false)
	private CompetencyType competencyType;

	@Column(nullable = false)
	private String category;

	@Column(nullable = false)
	private int jp;

	@Enumerated(EnumType.STRING)
	@Column(name = "learning_mode", nullable = false)
	private LearningMode learningMode;

	@Column(name = "target_audience", nullable = false)
	private String targetAudience;

	@Column(name = "pass_mark", nullable = false)
	private BigDecimal passMark;

	@Column(name = "attendance_threshold", nullable = false)
	private BigDecimal attendanceThreshold;

	@Column(name = "certificate_template", nullable = false)
	private String certificateTemplate;

	@Column(name = "cover_image")
	private String coverImage;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Course() {
	}

	public Course(String code, String title, String description, CompetencyType competencyType, String category,
			int jp, LearningMode learningMode, String targetAudience, BigDecimal passMark,
			BigDecimal attendanceThreshold, String certificateTemplate, Instant createdAt) {
		describe(code, title, description, competencyType, category, jp, learningMode, targetAudience, passMark,
				attendanceThreshold, certificateTemplate);
		this.createdAt = createdAt;
	}

	public void describe(String code, String title, String description, CompetencyType competencyType,
			String category, int jp, LearningMode learningMode, String targetAudience, BigDecimal passMark,
			BigDecimal attendanceThreshold, String certificateTemplate) {
		this.code = code;
		this.title = title;
		this.description = description;
		this.competencyType = competencyType;
		this.category = category;
		this.jp = jp;
		this.learningMode = learningMode;
		this.targetAudience = targetAudience;
		this.passMark = passMark;
		this.attendanceThreshold = attendanceThreshold;
		this.certificateTemplate = certificateTemplate;
	}

	public void changeCoverImage(String coverImage) {
		this.coverImage = coverImage;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public CompetencyType getCompetencyType() {
		return this.competencyType;
	}

	public String getCategory() {
		return this.category;
	}

	public int getJp() {
		return this.jp;
	}

	public LearningMode getLearningMode() {
		return this.learningMode;
	}

	public String getTargetAudience() {
		return this.targetAudience;
	}

	public BigDecimal getPassMark() {
		return this.passMark;
	}

	public BigDecimal getAttendanceThreshold() {
		return this.attendanceThreshold;
	}

	public String getCertificateTemplate() {
		return this.certificateTemplate;
	}

	public String getCoverImage() {
		return this.coverImage;
	}

	public boolean isActive() {
		return this.active;
	}

}
