/**
 * The conversation's views. {@link dk.samtalebordet.conversation.ui.ConversationPage} is exposed as the named
 * interface {@code ui}, so other features' pages about one conversation (such as the plan) share its rules.
 */
@NamedInterface("ui")
package dk.samtalebordet.conversation.ui;

import org.springframework.modulith.NamedInterface;
