package dk.samtalebordet.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.security.SignedInUser;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import org.springframework.stereotype.Component;

/**
 * On every navigation: a person deactivated since signing in (by the synchronisation, SCIM or an administrator)
 * is signed out, and a first administrator reaches nothing but the password page until they have chosen their
 * own password.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final PeopleService people;

    PasswordChangeGuard(CurrentUser currentUser, PeopleService people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            SignedInUser user = currentUser.get().orElse(null);
            if (user == null || target == LoginView.class) {
                return;
            }
            if (!people.findById(user.personId()).map(PersonSummary::active).orElse(false)) {
                currentUser.signOut();
            } else if (target != ChangePasswordView.class && user.mustChangePassword()) {
                enter.forwardTo(ChangePasswordView.class);
            }
        }));
    }
}
