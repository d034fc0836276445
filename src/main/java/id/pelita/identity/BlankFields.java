package id.pelita.identity;

/** What an empty optional field (rank, position, e-mail, phone) does to an existing employee. */
public enum BlankFields {

	/** Leaves the stored value: an imported file that lacks a column does not wipe it. */
	KEEP,
	/** Clears the stored value: a form or an API call sends the whole record. */
	CLEAR

}
