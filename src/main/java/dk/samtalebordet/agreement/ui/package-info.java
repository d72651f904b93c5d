/**
 * The agreements' widgets, which the table embeds: {@link dk.samtalebordet.agreement.ui.AgreementList},
 * {@link dk.samtalebordet.agreement.ui.QuickAgreement} and the look back
 * ({@link dk.samtalebordet.agreement.ui.LookBackPanel}); and "Mine aftaler". Exposed as the named interface
 * {@code ui}.
 */
@NamedInterface("ui")
package dk.samtalebordet.agreement.ui;

import org.springframework.modulith.NamedInterface;
