package id.pelita.learning.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import id.pelita.learning.CompletionRule;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.PathModule;

/** A run's completion rule: required modules, the post-test, the attendance threshold and the evaluation. */
class RuleForm extends FormLayout {

	final Checkbox requireModules = new Checkbox();

	final ComboBox<PathModule> postTest = new ComboBox<>();

	final BigDecimalField threshold = new BigDecimalField();

	final ComboBox<PathModule> evaluation = new ComboBox<>();

	final Button save = new Button();

	private final long runId;

	RuleForm(CompletionRule rule, List<PathModule> modules) {
		this.runId = rule.runId();
		this.requireModules.setLabel(getTranslation("learning.rule.requireModules"));
		this.requireModules.setValue(rule.requireModules());
		this.postTest.setLabel(getTranslation("learning.rule.postTest"));
		this.postTest.setHelperText(getTranslation("learning.rule.postTestHelp"));
		configure(this.postTest, modules, ModuleKind.QUIZ, rule.postTestModuleId());
		this.threshold.setLabel(getTranslation("learning.rule.threshold"));
		this.threshold.setHelperText(getTranslation("learning.rule.thresholdHelp"));
		this.threshold.setValue(rule.attendanceThreshold());
		this.threshold.setClearButtonVisible(true);
		this.evaluation.setLabel(getTranslation("learning.rule.evaluation"));
		configure(this.evaluation, modules, ModuleKind.SURVEY, rule.evaluationModuleId());
		this.save.setText(getTranslation("learning.rule.save"));
		add(this.requireModules, this.postTest, this.threshold, this.evaluation, this.save);
	}

	private static void configure(ComboBox<PathModule> field, List<PathModule> modules, ModuleKind kind, Long chosen) {
		List<PathModule> ofKind = modules.stream().filter(module -> module.kind() == kind).toList();
		field.setItems(ofKind);
		field.setItemLabelGenerator(module -> module.position() + ". " + module.title());
		field.setClearButtonVisible(true);
		ofKind.stream().filter(module -> Objects.equals(module.id(), chosen)).findFirst().ifPresent(field::setValue);
	}

	CompletionRule rule() {
		PathModule post = this.postTest.getValue();
		PathModule survey = this.evaluation.getValue();
		BigDecimal value = this.threshold.getValue();
		return new CompletionRule(this.runId, this.requireModules.getValue(), post == null ? null : post.id(), value,
				survey == null ? null : survey.id());
	}

}
