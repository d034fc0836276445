package example.leaky.orders;

import example.leaky.billing.internal.Invoice;

/** Test fixture: a module that wrongly uses another module's internal type. */
public class OrderService {

	public Invoice bill() {
		return new Invoice();
	}

}
