package id.pelita.agency;

/** A token just created: the only time its value is known. Show it once and forget it. */
public record NewApiToken(long id, String name, String token) {

	@Override
	public String toString() {
		return "NewApiToken[" + this.id + ", " + this.name + "]";
	}

}
