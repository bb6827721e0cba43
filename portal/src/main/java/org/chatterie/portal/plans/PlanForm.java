package org.chatterie.portal.plans;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Map;

/** Edits one plan in a dialog; emits {@link SaveEvent}, the view saves. */
class PlanForm extends Dialog {

    static class SaveEvent extends ComponentEvent<PlanForm> {
        final long id;
        final String name;
        final Integer quotaGb;
        final boolean active;

        SaveEvent(PlanForm source, long id, String name, Integer quotaGb, boolean active) {
            super(source, false);
            this.id = id;
            this.name = name;
            this.quotaGb = quotaGb;
            this.active = active;
        }
    }

    final TextField name = new TextField();
    final IntegerField quota = new IntegerField();
    final Checkbox active = new Checkbox();

    PlanForm(Plan plan) {
        setHeaderTitle(getTranslation(plan == null ? "plans.new" : "plans.edit"));
        name.setId("plan-name");
        name.setLabel(getTranslation("plans.name"));
        name.setMaxLength(PlanService.MAX_NAME);
        quota.setId("plan-quota");
        quota.setLabel(getTranslation("plans.quota-gb"));
        quota.setMin(1);
        quota.setStepButtonsVisible(true);
        active.setId("plan-active");
        active.setLabel(getTranslation("plans.offered"));
        active.setValue(true);
        if (plan != null) {
            name.setValue(plan.name());
            quota.setValue((int) Math.min(Integer.MAX_VALUE, plan.quotaGb()));
            active.setValue(plan.active());
        }
        add(new FormLayout(name, quota, active));
        var save = new Button(getTranslation("action.save"), click -> fireEvent(new SaveEvent(this,
                plan == null ? 0 : plan.id(), name.getValue(), quota.getValue(), active.getValue())));
        save.setId("save-plan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Map<String, HasValidation> fields() {
        return Map.of("name", name, "quota", quota);
    }
}
