/**
 * The user interface every feature shares: the main layout, the puzzle pieces, headers and formats. Exposed to
 * the other modules' views as the named interface {@code ui}.
 */
@NamedInterface("ui")
package dk.samtalebordet.shared.ui;

import org.springframework.modulith.NamedInterface;
