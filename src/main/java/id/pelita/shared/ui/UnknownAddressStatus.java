package id.pelita.shared.ui;

import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Answers an address that is no page with HTTP 404, not 200: for such an address the first response already runs
 * the server-side navigation (Vaadin's "eager server load"), so {@link NotFoundView}'s status reaches the browser
 * (and search engines, link checkers). Every other page loads as before.
 */
@Component
class UnknownAddressStatus implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		VaadinService service = event.getSource();
		BootstrapInitialPredicate configured = service.getBootstrapInitialPredicate();
		service.setBootstrapInitialPredicate(
				request -> configured.includeInitialUidl(request) || isNoPage(service, request));
	}

	static boolean isNoPage(VaadinService service, VaadinRequest request) {
		String path = request.getPathInfo() == null ? "" : request.getPathInfo();
		String route = path.startsWith("/") ? path.substring(1) : path;
		return service.getRouter().getRegistry().getNavigationTarget(route).isEmpty();
	}

}
