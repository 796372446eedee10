# Settings → "Content updates": the content in use, importing a pack, applying it and returning to the previous one.

settings-content = Content updates
content-in-use = Content in use
content-version = Version { $version }
content-compiled = Content compiled on
content-key = Key fingerprint
content-built-in = compiled into this app
content-extra-key = This app was built to trust one more key: { $fingerprint }. If you did not expect that, get the app from Rumbo's publisher.
content-import-help = A content pack is a file (.pack) with newer texts, guides, directory and calendar, sent by WhatsApp, Bluetooth or on a USB stick. Rumbo checks its signature and every part before anything changes.
content-import = Import a content pack
content-offer-title = Content pack, version { $version }
content-offer-newer = It is newer than the content in use (version { $current }).
content-offer-compiled = Content compiled on { $date }.
content-offer-key = Signed with the key:
content-offer-changes = What changes
content-apply = Apply this content
content-cancel = Do not apply
content-applied = Version { $version } is now in use.
content-returned = Back to the previous content (version { $version }).
content-previous = Previous content: version { $version }, compiled on { $date }.
content-previous-built-in = Previous content: the one compiled into this app.
content-return = Return to the previous content
content-set-aside = The content pack kept on this device did not pass its check and is not used: Rumbo shows the content compiled into the app.
content-moved-title = Saved deadlines that moved with the new calendar:
content-moved = { $term }, from { $start }: now safe last day { $safe } and latest possible day { $latest }; before, { $safe-before } and { $latest-before }.
