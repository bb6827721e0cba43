package org.chatterie.portal.members;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import org.chatterie.portal.plans.Plan;

/** The public request form. It only collects; the view hands the result to the service. */
class RequestAccountForm extends Composite<FormLayout> {

    /** Fired when the person presses "send"; carries exactly what they typed. */
    static class SubmitEvent extends ComponentEvent<RequestAccountForm> {
        private final AccountRequestInput input;

        SubmitEvent(RequestAccountForm source, AccountRequestInput input) {
            super(source, false);
            this.input = input;
        }

        AccountRequestInput input() {
            return input;
        }
    }

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final RadioButtonGroup<Plan> plan = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final Checkbox terms = new Checkbox();
    final Button submit = new Button();

    RequestAccountForm(List<Plan> plans, String termsUrl) {
        name.setId("name");
        name.setLabel(getTranslation("request.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(AccountRequestValidator.MAX_NAME);

        email.setId("email");
        email.setLabel(getTranslation("request.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(AccountRequestValidator.MAX_EMAIL);

        plan.setId("plan");
        plan.setLabel(getTranslation("request.plan"));
        plan.setItems(plans);
        plan.setItemLabelGenerator(p -> getTranslation("request.plan-option", p.name(), p.quotaGb()));
        plan.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        plan.setRequiredIndicatorVisible(true);

        reason.setId("reason");
        reason.setLabel(getTranslation("request.reason"));
        reason.setHelperText(getTranslation("request.reason-help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(AccountRequestValidator.MAX_REASON);

        terms.setId("terms");
        terms.setLabel(getTranslation("request.terms"));

        submit.setId("submit");
        submit.setText(getTranslation("request.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> fireEvent(new SubmitEvent(this, new AccountRequestInput(
                name.getValue(), email.getValue(), plan.getValue() == null ? null : plan.getValue().id(),
                reason.getValue(), terms.getValue(), getLocale() == null ? "fr" : getLocale().getLanguage()))));

        var layout = getContent();
        layout.add(name, email, plan, reason, terms);
        if (termsUrl != null && !termsUrl.isBlank()) {
            var read = new Anchor(termsUrl, getTranslation("request.terms-link"));
            read.setTarget("_blank");
            read.setId("terms-link");
            layout.add(read);
            layout.setColspan(read, 2);
        }
        layout.add(submit);
        layout.setColspan(reason, 2);
        layout.setColspan(plan, 2);
        layout.setColspan(terms, 2);
    }

    Registration addSubmitListener(com.vaadin.flow.component.ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    Map<String, HasValidation> fields() {
        return Map.of("name", name, "email", email, "plan", plan, "reason", reason, "terms", terms);
    }
}
