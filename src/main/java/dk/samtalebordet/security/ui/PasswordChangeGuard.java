package dk.samtalebordet.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.security.SignedInUser;
import org.springframework.stereotype.Component;

/** A first administrator reaches nothing but the password page until they have chosen their own password. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    PasswordChangeGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target != ChangePasswordView.class && target != LoginView.class
                    && currentUser.get().map(SignedInUser::mustChangePassword).orElse(false)) {
                enter.forwardTo(ChangePasswordView.class);
            }
        }));
    }
}
