package dk.samtalebordet.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.security.SignedInUser;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import org.springframework.stereotype.Component;

/**
 * On every navigation: a person deactivated since signing in (by the synchronisation, SCIM or an administrator),
 * or who has lost HR or administrator since, is signed out (a new sign-in gives them what they have now), and a first administrator reaches nothing but the password page until they have chosen their
 * own password.
 */
@Component
class AccountGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final PeopleService people;

    AccountGuard(CurrentUser currentUser, PeopleService people) {
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
            PersonSummary now = people.findById(user.personId()).orElse(null);
            if (now == null || !now.active() || lostPrivilege(user, now)) {
                currentUser.signOut();
            } else if (target != ChangePasswordView.class && user.mustChangePassword()) {
                enter.forwardTo(ChangePasswordView.class);
            }
        }));
    }

    /** HR or administrator taken away since signing in (by the directory, SCIM or an administrator). */
    private static boolean lostPrivilege(SignedInUser user, PersonSummary now) {
        return user.hasRole(Role.HR) && !now.hasRole(Role.HR)
                || user.hasRole(Role.ADMINISTRATOR) && !now.hasRole(Role.ADMINISTRATOR)
                || user.hasRole(Role.DPO) && !now.hasRole(Role.DPO);
    }
}
