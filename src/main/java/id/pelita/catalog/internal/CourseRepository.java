package id.pelita.catalog.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseRepository extends JpaRepository<Course, Long> {

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, long id);

	boolean existsByCoverImageAndIdNot(String coverImage, long id);

	List<Course> findAllByOrderByTitleAsc();

}
