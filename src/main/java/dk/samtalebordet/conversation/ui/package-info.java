/**
 * The conversation's own views: creating one ("Ny samtale"), moving or cancelling it ({@link
 * dk.samtalebordet.conversation.ui.ScheduleDialog}), and {@link dk.samtalebordet.conversation.ui.ConversationMessages},
 * which every feature's pages about a conversation use to show a refusal. Exposed as the named interface
 * {@code ui}.
 */
@NamedInterface("ui")
package dk.samtalebordet.conversation.ui;

import org.springframework.modulith.NamedInterface;
