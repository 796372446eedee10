# Settings → "Content updates": a pack whose list of changes was made against another version than this device's.

content-offer-changes-since = This list compares with version { $since }, and this device has version { $current }: it may leave out or repeat some changes.
