package org.gridsteward.photos;

/** Why a photo could not be attached to a report; {@link #ATTACHED} when it could. */
public enum PhotoClaim {
    ATTACHED,
    UNKNOWN,
    TAKEN_BY_ANOTHER_REPORT
}
