package org.chatterie.portal.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Catches licence names that fit the SPDX pattern but are not SPDX identifiers, the way
 * packagers commonly write them ("GPLv3", "Apache2", "BSD"). They are ambiguous (GPL-3.0-only
 * or -or-later?) and the transparency page publishes them, so they are refused with the
 * identifiers that were probably meant. The full SPDX list is not embedded: it changes, and a
 * wrong-but-valid identifier is for a reviewer to catch.
 */
final class LicenceSpelling {

    private static final String GPL = "GPL-3.0-only, GPL-3.0-or-later, GPL-2.0-only or GPL-2.0-or-later";
    private static final String LGPL = "LGPL-3.0-only, LGPL-3.0-or-later or LGPL-2.1-or-later";
    private static final String AGPL = "AGPL-3.0-only or AGPL-3.0-or-later";
    private static final String UNKNOWN = "the SPDX identifier of the app's licence, or LicenseRef-<name>"
            + " for a licence SPDX does not list";

    private static final Map<String, String> MEANT = Map.ofEntries(
            Map.entry("gpl", GPL), Map.entry("gplv2", GPL), Map.entry("gplv3", GPL), Map.entry("gpl2", GPL),
            Map.entry("gpl3", GPL), Map.entry("gpl-2", GPL), Map.entry("gpl-3", GPL),
            Map.entry("lgpl", LGPL), Map.entry("lgplv2", LGPL), Map.entry("lgplv3", LGPL), Map.entry("lgpl3", LGPL),
            Map.entry("agpl", AGPL), Map.entry("agplv3", AGPL), Map.entry("agpl3", AGPL), Map.entry("agpl-3", AGPL),
            Map.entry("bsd", "BSD-2-Clause or BSD-3-Clause"),
            Map.entry("apache", "Apache-2.0"), Map.entry("apache2", "Apache-2.0"), Map.entry("apache-2", "Apache-2.0"),
            Map.entry("asl2", "Apache-2.0"),
            Map.entry("mpl", "MPL-2.0"), Map.entry("mpl2", "MPL-2.0"),
            Map.entry("cc", "a Creative Commons identifier such as CC-BY-SA-4.0"),
            Map.entry("proprietary", UNKNOWN), Map.entry("commercial", UNKNOWN), Map.entry("none", UNKNOWN),
            Map.entry("unknown", UNKNOWN), Map.entry("other", UNKNOWN), Map.entry("free", UNKNOWN),
            Map.entry("pd", "CC0-1.0 or Unlicense"), Map.entry("public-domain", "CC0-1.0 or Unlicense"));

    private LicenceSpelling() {}

    /** Why {@code expression} is not SPDX, when one of its identifiers is a known misspelling. */
    static Optional<String> refusal(String expression) {
        for (String identifier : expression.split(" (AND|OR|WITH) ")) {
            String meant = MEANT.get(identifier.toLowerCase(Locale.ROOT));
            if (meant != null) {
                return Optional.of(identifier + " is not an SPDX identifier; write " + meant
                        + " (see https://spdx.org/licenses/)");
            }
        }
        return Optional.empty();
    }
}
