/**
 * What every page about one conversation shares: {@link dk.samtalebordet.presence.ui.ConversationPage}, on which
 * only participants open it, follow its live events and count as present; the
 * {@link dk.samtalebordet.presence.ui.PresenceBar}; and the widgets'
 * {@link dk.samtalebordet.presence.ui.ConversationContext}. Exposed as the named interface {@code ui}.
 */
@NamedInterface("ui")
package dk.samtalebordet.presence.ui;

import org.springframework.modulith.NamedInterface;
