package id.pelita.benchmark.load;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The load client's state tree reads the changes of a UIDL answer as Vaadin 25 writes them. */
class UiTreeTests {

	/** A card with a title and an enabled "Buka", a disabled "Buka", a hidden "Daftar", a link and a text field. */
	private static final String ANSWER = """
			{"syncId":1,"clientId":1,
			 "constants":{"c1":{"event.shiftKey":false,"event.detail":false,"event.screenX":false},
			              "c2":{"}value":false}},
			 "changes":[
			  {"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
			  {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[2,6,9,11,13]},
			  {"node":2,"type":"put","key":"tag","feat":0,"value":"div"},
			  {"node":2,"type":"splice","feat":2,"index":0,"addNodes":[3,4]},
			  {"node":3,"type":"put","key":"text","feat":7,"value":"1. Pre-test"},
			  {"node":4,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
			  {"node":4,"type":"put","key":"click","feat":4,"value":"c1"},
			  {"node":4,"type":"splice","feat":2,"index":0,"addNodes":[5]},
			  {"node":5,"type":"put","key":"text","feat":7,"value":"Buka"},
			  {"node":6,"type":"put","key":"tag","feat":0,"value":"div"},
			  {"node":6,"type":"splice","feat":2,"index":0,"addNodes":[7]},
			  {"node":7,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
			  {"node":7,"type":"put","key":"disabled","feat":3,"value":""},
			  {"node":7,"type":"splice","feat":2,"index":0,"addNodes":[8]},
			  {"node":8,"type":"put","key":"text","feat":7,"value":"Buka"},
			  {"node":9,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
			  {"node":9,"type":"put","key":"visible","feat":0,"value":false},
			  {"node":9,"type":"splice","feat":2,"index":0,"addNodes":[10]},
			  {"node":10,"type":"put","key":"text","feat":7,"value":"Daftar"},
			  {"node":11,"type":"put","key":"tag","feat":0,"value":"a"},
			  {"node":11,"type":"put","key":"href","feat":3,"value":"katalog/7"},
			  {"node":13,"type":"put","key":"tag","feat":0,"value":"vaadin-text-field"},
			  {"node":13,"type":"put","key":"change","feat":4,"value":"c2"},
			  {"node":1,"type":"put","key":"pollInterval","feat":8,"value":5000}
			 ]}""";

	@Test
	void findsVisibleButtonsByTextAndTheirCards() {
		UiTree tree = tree();
		assertThat(tree.element("vaadin-button", "Buka")).contains(4);
		assertThat(tree.element("vaadin-button", "Daftar")).isEmpty();
		assertThat(tree.buttonIn("Pre-test", "Buka")).contains(4);
		assertThat(tree.buttonIn("Post-test", "Buka")).isEmpty();
		assertThat(tree.links()).containsExactly("katalog/7");
		assertThat(tree.pollMillis()).isEqualTo(5000);
	}

	@Test
	void answersTheListenersExpressionsAndFindsTheSynchronisingEvent() {
		UiTree tree = tree();
		assertThat(tree.eventData(4, "click"))
			.isEqualTo(Map.of("event.shiftKey", false, "event.detail", 1, "event.screenX", 0));
		assertThat(tree.syncEvent(13, "value")).contains("change");
		assertThat(tree.syncEvent(4, "value")).isEmpty();
	}

	@Test
	void forgetsDetachedAndClearedNodes() {
		UiTree tree = tree();
		tree.apply(VaadinClient.JSON.readTree("""
				{"changes":[{"node":2,"type":"clear","feat":2},{"node":11,"type":"detach"}]}"""));
		assertThat(tree.element("vaadin-button", "Buka")).isEmpty();
		assertThat(tree.links()).isEmpty();
		assertThat(tree.visibleText()).doesNotContain("Pre-test");
	}

	private static UiTree tree() {
		UiTree tree = new UiTree();
		tree.apply(VaadinClient.JSON.readTree(ANSWER));
		return tree;
	}

}
