/**
 * The shared notes' widget, which the table embeds: {@link dk.samtalebordet.note.ui.NoteEditor}. Exposed as the
 * named interface {@code ui}.
 */
@NamedInterface("ui")
package dk.samtalebordet.note.ui;

import org.springframework.modulith.NamedInterface;
