package dk.samtalebordet.bench.bare;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** The one route, at the address whose first 200 the harness waits for, as for Samtalebordet's login page. */
@Route("login")
public class LoginPage extends Div {

    public LoginPage() {
        setText("Bare");
    }
}
