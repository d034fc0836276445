package id.pelita.agency.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

	Optional<Agency> findByCode(String code);

	boolean existsByCode(String code);

	List<Agency> findAllByOrderByCodeAsc();

}
