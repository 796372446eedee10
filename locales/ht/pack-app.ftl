# Paramèt → «Mizajou kontni»: kontni k ap sèvi a, enpòte yon pakè, aplike l epi retounen nan sa ki te la anvan. (Bouyon)

settings-content = Mizajou kontni
content-in-use = Kontni k ap sèvi kounye a
content-version = Vèsyon { $version }
content-compiled = Kontni an konpile le
content-key = Anprent kle a
content-built-in = li vini ak aplikasyon sa a
content-extra-key = Yo fè aplikasyon sa a pou l fè yon lòt kle konfyans tou: { $fingerprint }. Si ou pa t ap tann sa, mande moun ki pibliye Rumbo a aplikasyon an.
content-import-help = Yon pakè kontni se yon fichye (.pack) ki gen tèks, gid, anyè ak kalandriye ki pi nouvo, ki vini pa WhatsApp, Bluetooth oswa yon kle USB. Rumbo tcheke siyati li ak chak pati anvan li chanje anyen.
content-import = Enpòte yon pakè kontni
content-offer-title = Pakè kontni, vèsyon { $version }
content-offer-newer = Li pi nouvo pase kontni k ap sèvi a (vèsyon { $current }).
content-offer-compiled = Kontni an konpile le { $date }.
content-offer-key = Siyen ak kle sa a:
content-offer-changes = Sa k ap chanje
content-apply = Aplike kontni sa a
content-cancel = Pa aplike l
content-applied = Kounye a se vèsyon { $version } k ap sèvi.
content-returned = Ou retounen nan kontni ki te la anvan an (vèsyon { $version }).
content-previous = Kontni ki te la anvan: vèsyon { $version }, konpile le { $date }.
content-previous-built-in = Kontni ki te la anvan: sa ki vini ak aplikasyon an.
content-return = Retounen nan kontni ki te la anvan an
content-set-aside = Pakè kontni ki sere sou aparèy sa a pa pase verifikasyon an, kidonk li pa sèvi: Rumbo montre kontni ki vini ak aplikasyon an.
content-moved-title = Dat limit ou sere ki chanje ak nouvo kalandriye a:
content-moved = { $term }, apati { $start }: kounye a, dènye jou ki san danje { $safe } ak dènye jou ki posib { $latest }; anvan, { $safe-before } ak { $latest-before }.
