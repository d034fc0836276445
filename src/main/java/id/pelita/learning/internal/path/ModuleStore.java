package id.pelita.learning.internal.path;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.pelita.learning.Material;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.PathModule;
import id.pelita.learning.Unlock;
import id.pelita.shared.files.FileType;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The modules of paths with what they hold and when they open: {@code learning_module}, its material and unlock. */
@Repository
public class ModuleStore {

	private static final String SELECT = """
			select m.id, m.course_id, m.run_id, m.position, m.kind, m.title, m.required, t.markdown, t.file_path,
			t.file_name, t.file_type, t.file_size, t.video_url, t.session_id, u.after_previous, u.after_module_id,
			u.opens_at from learning_module m left join learning_material t on t.module_id = m.id
			left join learning_unlock u on u.module_id = m.id\s""";

	private static final RowMapper<PathModule> ROW = ModuleStore::module;

	private final JdbcTemplate jdbc;

	ModuleStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The course's template, in order. */
	public List<PathModule> ofCourse(long courseId) {
		return this.jdbc.query(SELECT + "where m.course_id = ? and m.run_id is null order by m.position, m.id", ROW,
				courseId);
	}

	/** The run's copy, in order. */
	public List<PathModule> ofRun(long runId) {
		return this.jdbc.query(SELECT + "where m.run_id = ? order by m.position, m.id", ROW, runId);
	}

	public Optional<PathModule> find(long moduleId) {
		return this.jdbc.query(SELECT + "where m.id = ?", ROW, moduleId).stream().findFirst();
	}

	public long insert(long courseId, @Nullable Long runId, int position, ModuleKind kind, String title,
			boolean required, @Nullable Long copiedFromId, Instant now) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					insert into learning_module (course_id, run_id, position, kind, title, required, copied_from_id,
					created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			statement.setLong(1, courseId);
			statement.setObject(2, runId);
			statement.setInt(3, position);
			statement.setString(4, kind.name());
			statement.setString(5, title);
			statement.setBoolean(6, required);
			statement.setObject(7, copiedFromId);
			statement.setTimestamp(8, Timestamp.from(now));
			statement.setTimestamp(9, Timestamp.from(now));
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	public void describe(long moduleId, String title, boolean required, Instant now) {
		this.jdbc.update("update learning_module set title = ?, required = ?, updated_at = ?, version = version + 1 "
				+ "where id = ?", title, required, Timestamp.from(now), moduleId);
	}

	public void saveMaterial(long moduleId, Material material) {
		Object[] values = { material.markdown(), material.filePath(), material.fileName(),
				material.fileType() == null ? null : material.fileType().name(), material.fileSize(),
				material.videoUrl(), material.sessionId(), moduleId };
		int updated = this.jdbc.update("""
				update learning_material set markdown = ?, file_path = ?, file_name = ?, file_type = ?, file_size = ?,
				video_url = ?, session_id = ? where module_id = ?""", values);
		if (updated == 0) {
			this.jdbc.update("""
					insert into learning_material (markdown, file_path, file_name, file_type, file_size, video_url,
					session_id, module_id) values (?, ?, ?, ?, ?, ?, ?, ?)""", values);
		}
	}

	public void saveUnlock(long moduleId, Unlock unlock) {
		Object[] values = { unlock.afterPrevious(), unlock.afterModuleId(),
				unlock.opensAt() == null ? null : Timestamp.from(unlock.opensAt()), moduleId };
		int updated = this.jdbc.update(
				"update learning_unlock set after_previous = ?, after_module_id = ?, opens_at = ? where module_id = ?",
				values);
		if (updated == 0) {
			this.jdbc.update(
					"insert into learning_unlock (after_previous, after_module_id, opens_at, module_id) values (?, ?, ?, ?)",
					values);
		}
	}

	public void position(long moduleId, int position) {
		this.jdbc.update("update learning_module set position = ? where id = ?", position, moduleId);
	}

	/** Removes a module and every reference to it from its path's other modules. */
	public void delete(long moduleId) {
		this.jdbc.update("update learning_unlock set after_module_id = null where after_module_id = ?", moduleId);
		this.jdbc.update("update learning_run_path set post_test_module_id = null where post_test_module_id = ?",
				moduleId);
		this.jdbc.update("update learning_run_path set evaluation_module_id = null where evaluation_module_id = ?",
				moduleId);
		this.jdbc.update("delete from learning_unlock where module_id = ?", moduleId);
		this.jdbc.update("delete from learning_material where module_id = ?", moduleId);
		this.jdbc.update("delete from learning_module where id = ?", moduleId);
	}

	public int nextPosition(long courseId, @Nullable Long runId) {
		Integer max = runId == null
				? this.jdbc.queryForObject(
						"select max(position) from learning_module where course_id = ? and run_id is null",
						Integer.class, courseId)
				: this.jdbc.queryForObject("select max(position) from learning_module where run_id = ?",
						Integer.class, runId);
		return max == null ? 1 : max + 1;
	}

	private static PathModule module(ResultSet rs, int row) throws SQLException {
		Timestamp opensAt = rs.getTimestamp("opens_at");
		Unlock unlock = new Unlock(rs.getBoolean("after_previous"), nullableLong(rs, "after_module_id"),
				opensAt == null ? null : opensAt.toInstant());
		String type = rs.getString("file_type");
		Material material = new Material(rs.getString("markdown"), rs.getString("file_path"),
				rs.getString("file_name"), type == null ? null : FileType.valueOf(type), rs.getLong("file_size"),
				rs.getString("video_url"), nullableLong(rs, "session_id"));
		return new PathModule(rs.getLong("id"), rs.getLong("course_id"), nullableLong(rs, "run_id"),
				rs.getInt("position"), ModuleKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getBoolean("required"), unlock, material);
	}

	static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
