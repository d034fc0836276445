package id.pelita.reporting;

/** How an employee JP list is sorted: by a column, up or down; ties are broken by name, then account. */
public record EmployeeJpOrder(Column column, boolean descending) {

	/** The default of the below-target list: those with the fewest JP first. */
	public static final EmployeeJpOrder FEWEST_JP_FIRST = new EmployeeJpOrder(Column.JP, false);

	/** The columns a list can be sorted by. */
	public enum Column {

		NAME, NIP, UNIT, RANK, POSITION, JP

	}

}
