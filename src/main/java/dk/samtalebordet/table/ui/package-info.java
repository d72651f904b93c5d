/**
 * The live table's views. {@link dk.samtalebordet.table.ui.ConversationView} is exposed as the named interface
 * {@code ui}, so lists of conversations elsewhere can link to it.
 */
@NamedInterface("ui")
package dk.samtalebordet.table.ui;

import org.springframework.modulith.NamedInterface;
