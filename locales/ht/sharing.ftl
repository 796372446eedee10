# Sa Rumbo di sou tèt li nan chak kopi, edisyon yon sèl fichye a, ak paj pou pataje sou Wi-Fi lokal.

edition-line = Rumbo { $version } · kontni ranmase { $date }
about-reviewed = Kontni ranmase

## Edisyon yon sèl fichye (rumbo-cli export html)
export-intro = Sa a se edisyon yon sèl fichye Rumbo a. Li mache san entènèt e san ou pa enstale anyen: kenbe l sou telefòn ou, voye l bay yon lòt moun, oswa enprime l.
export-contents = Sa ki ladan l
export-deadline-how = Dat limit la konte an jou ouvrab (días hábiles), apati jou ouvrab ki vini apre jou ou antre a. Samdi, dimanch, jou konje lalwa fikse ak jou biwo a deklare fèmen pa konte. Avèk entènèt, kalkilatris Rumbo a montre kont lan mwa pa mwa tou.
export-deadline-table-title = Dènye jou a dapre jou ou antre
export-deadline-table-help = Chèche jou ou te antre nan Meksik. Dènye jou ki sèten an konte chak jou ki pa klè kòm jou ouvrab. Kalandriye a te ranmase { $date }: fèmti yo deklare apre sa pa ladan l.
export-entered = Jou ou te antre
export-non-working-title = Jou ki pa konte
export-edition-title = Edisyon sa a

## Paj pou pataje sou Wi-Fi lokal (rumbo-cli share)
share-title = Rumbo sou Wi-Fi sa a
share-open = Louvri Rumbo kounye a
share-open-help = Li mache toutotan telefòn ou konekte ak Wi-Fi sa a. Sou yon rezo Wi-Fi lokal, navigatè a pa kenbe Rumbo pou itilize san koneksyon.
share-keep = Kenbe Rumbo sou telefòn ou
share-keep-help = Telechaje edisyon yon sèl fichye a nan lang ou. Li louvri san entènèt nan Telechajman oswa Fichye telefòn ou.
share-download = Telechaje ({ $size } KB)
share-languages = Lòt lang

## Paramèt aplikasyon òdinatè a
settings-share = Pataje sou Wi-Fi
settings-share-help = Telefòn ki sou menm Wi-Fi a ka louvri Rumbo epi telechaje edisyon yon sèl fichye a nan lang yo, san entènèt. Rumbo pa kenbe okenn tras sou ki moun ki konekte.
settings-share-start = Kòmanse pataje
settings-share-stop = Sispann pataje
settings-share-open = Sou yon telefòn ki sou Wi-Fi sa a, eskane kòd la oswa louvri:
settings-share-no-network = Òdinatè sa a pa konekte ak okenn rezo, kidonk telefòn yo poko ka jwenn li. Konekte l ak Wi-Fi telefòn yo itilize a, epi sispann epi kòmanse pataje ankò.
settings-share-missing = Nou pa jwenn fichye pou pataje yo. Enstale pake Rumbo a, oswa egzekite make dist epi louvri Rumbo nan dosye li.
settings-share-failed = Pataj la pa t ka kòmanse: petèt yon lòt pwogram ap itilize pò 8080 rive 8090 yo.
