package org.gridsteward.org;

import java.util.Objects;

/** A display name in Simplified Chinese, the language shown first, and English. */
public record LocalizedName(String zh, String en) {
    public LocalizedName {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }
}
