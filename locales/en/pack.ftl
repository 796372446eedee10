# Content packs: why Rumbo refuses a pack (and changes nothing), and what changed in a new one.

pack-error-too-large = This file is too large to be a Rumbo content pack. Nothing was changed.
pack-error-not-a-pack = This file is not a Rumbo content pack. Nothing was changed.
pack-error-too-new = This pack is for a newer version of Rumbo. Update the app first. Nothing was changed.
pack-error-damaged = This pack is damaged or was altered: it cannot be trusted. Nothing was changed. Ask for another copy.
pack-error-bad-content = This pack holds content Rumbo cannot use. Nothing was changed.
pack-error-unsigned = This pack is not signed: nobody can tell who made it. Nothing was changed.
pack-error-other-key = This pack is signed with a key Rumbo does not trust ({ $fingerprint }). It may be a fake copy. Nothing was changed.
pack-error-older = This pack is version { $version }, older than version { $current }, which you already use. Nothing was changed.
pack-error-same = This pack is version { $version }, the one you already use. Nothing was changed.

## What changed
pack-change-section-added = New section: { $title }
pack-change-section-changed = Section changed: { $title }
pack-change-section-removed = Section removed: { $title }
pack-change-entry-added = New in the directory: { $name }
pack-change-entry-changed = Changed in the directory: { $name }
pack-change-entry-removed = Removed from the directory: { $name }
pack-change-day-added = New non-working day: { $date }
pack-change-day-removed = No longer a non-working day: { $date }
pack-change-messages =
    { $count ->
        [one] { $count } other text changed
       *[other] { $count } other texts changed
    }
pack-change-none = The content did not change.

## Keeping the pack
pack-error-not-stored = The pack could not be saved on this device. Nothing was changed.
pack-error-no-previous = There is no previous content to return to.
