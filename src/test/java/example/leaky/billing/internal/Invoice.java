package example.leaky.billing.internal;

/** Test fixture: an internal type of the billing module. */
public class Invoice {

}
