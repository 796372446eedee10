# The share page's offer of a content pack: newer content for Rumbo, checked before it is used.

share-pack-title = Newer content for Rumbo
share-pack-help = Version { $version } of what Rumbo says (guides, places, the calendar), compiled on { $date }.
share-pack-download = Download the update ({ $size } KB)
share-pack-how = Then open Rumbo's Settings and import the file. Rumbo checks who signed it and shows what changed before you apply it.
share-pack-key = Signed by the key { $fingerprint }. Compare it with the key shown on the screen of the computer that shares it.
