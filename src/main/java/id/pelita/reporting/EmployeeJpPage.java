package id.pelita.reporting;

import java.util.List;

/** One page of employees with their JP, and how many there are in all. */
public record EmployeeJpPage(List<EmployeeJp> employees, int page, int size, long total) {

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
