package id.pelita.shared;

import java.util.List;

/**
 * An uploaded file checked before anything is saved (a roster, outside trainings): the rows that can be taken, and
 * every bad row with all its reasons. Nothing is stored until the user takes the good rows.
 *
 * @param <P> one bad row
 */
public interface CheckedImport<P> {

	/** The rows read from the file, good and bad. */
	int rowCount();

	/** The rows that can be taken as they are. */
	List<?> goodRows();

	/** The bad rows, in file order. */
	List<P> problems();

}
