package dk.samtalebordet.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;

import java.util.List;

/** axe-core run in the page as it is, against the WCAG 2.1 A and AA rules the law asks for. */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Every node that breaks a rule, one line each: the rule, what it asks, where, and why it failed. */
    static List<String> violations(Page page, String state) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        if (results.getErrorMessage() != null) {
            throw new IllegalStateException("axe-core failed on " + state + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .flatMap(rule -> rule.getNodes().stream().map(node -> state + " – " + rule.getId() + " ("
                        + rule.getImpact() + "): " + rule.getHelp() + " at " + node.getTarget() + "\n    "
                        + node.getHtml() + "\n    " + node.getFailureSummary().replace("\n", "\n    ")))
                .toList();
    }
}
