package example.leaky.billing;

/** Test fixture: the public API of the billing module. */
public class BillingService {

}
