package dk.samtalebordet.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;

import java.util.List;

/**
 * axe-core run in the page as it is, against the WCAG 2.1 A and AA rules the law asks for.
 *
 * <p>Run in legacy mode: {@code axe.run} in the page itself. The default mode runs each frame in part and then opens
 * a blank page to finish; our pages have no frames, so the rules and their results are the same, in about half the
 * time. Only the violations are asked for, as only they are read.
 */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Every node that breaks a rule, one line each: the rule, what it asks, where, and why it failed. */
    static List<String> violations(Page page, String state) {
        AxeResults results = new AxeBuilder(page).options(violationsOnly()).withTags(WCAG_21_AA)
                .setLegacyMode(true).analyze();
        if (results.getErrorMessage() != null) {
            throw new IllegalStateException("axe-core failed on " + state + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .flatMap(rule -> rule.getNodes().stream().map(node -> state + " – " + rule.getId() + " ("
                        + rule.getImpact() + "): " + rule.getHelp() + " at " + node.getTarget() + "\n    "
                        + node.getHtml() + "\n    " + node.getFailureSummary().replace("\n", "\n    ")))
                .toList();
    }

    /** Set before the tags, which the builder writes into these options. */
    private static AxeRunOptions violationsOnly() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return options;
    }
}
