package org.gridsteward.events.resident;

import java.time.Instant;
import org.gridsteward.events.Actor;

/** What happens to a resident's personal data as a whole, apart from any one report. */
public sealed interface ResidentEvent permits ResidentErased {

    String residentId();

    Actor actor();

    Instant at();
}
