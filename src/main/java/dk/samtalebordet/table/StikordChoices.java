package dk.samtalebordet.table;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which participants chose which stikord in their preparation, as far as the viewer may see it; the table marks
 * the chosen stikord with their initials. Provided by the preparation, which sits above the table.
 */
public interface StikordChoices {

    /** Each stikord chosen by somebody whose choice the viewer may see, with those participants' person ids. */
    Map<String, List<Long>> choosers(UUID conversationId, long viewer);
}
