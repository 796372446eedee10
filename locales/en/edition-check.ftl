# Is this file really Rumbo's? Checking a one-file edition in Settings, and what the edition itself says.

edition-check-help = Were you given a one-file edition (such as rumbo-en.html)? Choose it with the same button: Rumbo checks whether it is its own and unchanged. Nothing is applied.
edition-check-ok-title = This file is Rumbo's, unchanged
edition-check-made = A one-file edition made from content version { $version }, compiled on { $date }.
edition-check-key = Signed with the key:
edition-check-compare = Compare this key with the one Rumbo's publisher gave you, on paper or on a channel you trust. This check changes nothing in Rumbo.
edition-error-too-large = This file is too large to be a Rumbo edition. Nothing was changed.
edition-error-unsigned = This file carries no signature: nobody can tell who made it or whether it was changed. Do not pass it on as Rumbo's. Nothing was changed.
edition-error-other-key = This file is signed with a key Rumbo does not trust ({ $fingerprint }). It may be a fake copy: do not pass it on. Nothing was changed.
edition-error-altered = This file was changed after it was signed, or is damaged: do not trust what it says and do not pass it on. Ask for another copy. Nothing was changed.

## In the one-file edition
edition-file-content = content version { $version }
edition-file-check = To check that this file is Rumbo's and unchanged: in the Rumbo app, go to Settings → Content updates and choose this file; on a computer, run “rumbo-cli pack check-file” on this file.
