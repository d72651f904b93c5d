/**
 * The stored organisation: persons, org units, the fields an administrator holds, and the change log, with the
 * rules every change of them follows (a leader's role follows the data, each change is recorded, a change that
 * met another is tried again). The people module reads them and keeps the sign-in accounts; the organisation
 * module changes them, from a source or by an administrator's hand. No other module uses them
 * ({@code ModularityTests}).
 */
@NamedInterface("store")
package dk.samtalebordet.people.store;

import org.springframework.modulith.NamedInterface;
