/**
 * The stored organisation: persons, org units, the fields an administrator holds, and the change log, with the
 * rules every change of them follows (a leader's role follows the data, each change is recorded, a change that
 * met another is tried again). The people module reads and corrects them; the organisation module brings them
 * in line with a source. No other module uses them ({@code ModularityTests}).
 */
@NamedInterface("store")
package dk.samtalebordet.people.store;

import org.springframework.modulith.NamedInterface;
