package id.pelita.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Previous and next buttons around the period a report shows (a month or a year). */
class PeriodPicker extends HorizontalLayout {

	final Button previous = new Button();

	final Button next = new Button();

	final H3 title = new H3();

	PeriodPicker(String previousLabel, String nextLabel, Runnable onPrevious, Runnable onNext) {
		this.previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
		this.previous.setAriaLabel(previousLabel);
		this.previous.setTooltipText(previousLabel);
		this.previous.addClickListener(click -> onPrevious.run());
		this.next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
		this.next.setAriaLabel(nextLabel);
		this.next.setTooltipText(nextLabel);
		this.next.addClickListener(click -> onNext.run());
		this.title.getStyle().set("margin", "0");
		setAlignItems(FlexComponent.Alignment.CENTER);
		add(this.previous, this.title, this.next);
	}

}
