package dk.samtalebordet.ui;

import com.vaadin.flow.component.grid.Grid;
import dk.samtalebordet.overview.EmployeeOverview;
import dk.samtalebordet.shared.ui.EmptyState;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** "Mine medarbejdere" and "Mine samtaler" show real data, and say so honestly when there is none. */
class EmployeesViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void aLeaderSeesTheirOwnEmployeesOnly() {
        login("mos");
        navigate("medarbejdere");

        Grid<EmployeeOverview> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(4);
        assertThat(java.util.stream.IntStream.range(0, 4).mapToObj(i -> _get(grid, i).employee().fullName()))
                .containsExactly("Aisha Mahmoud", "Camilla Frost", "Jens Peter Hansen", "Lars Nørgaard");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDirectorSeesTheLeadersAndHr() {
        login("hlk");
        navigate("medarbejdere");

        Grid<EmployeeOverview> grid = _get(Grid.class);
        assertThat(java.util.stream.IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).employee().fullName()))
                .containsExactly("Birgitte Skov Madsen", "Mads Østergaard", "Sofie Bech Andersen");
    }

    @Test
    void aPersonWithoutConversationsSeesAnHonestEmptyState() {
        // the administrator: the one demo login no test holds a conversation with (the suite shares one database)
        login("admin");
        navigate("");

        assertThat(_find(EmptyState.class)).hasSize(1);
        assertThat(_find(Grid.class)).isEmpty();
    }
}
