package id.pelita.agency.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, Long> {


	boolean existsByCode(String code);

	List<Agency> findAllByOrderByCodeAsc();

}
