# Pakè kontni: poukisa Rumbo refize yon pakè (epi li pa chanje anyen), ak sa ki chanje nan yon pakè nouvo. (Bouyon)

pack-error-too-large = Fichye sa a twò gwo pou l se yon pakè kontni Rumbo. Anyen pa chanje.
pack-error-not-a-pack = Fichye sa a se pa yon pakè kontni Rumbo. Anyen pa chanje.
pack-error-too-new = Pakè sa a se pou yon vèsyon Rumbo ki pi nouvo. Mete aplikasyon an ajou anvan. Anyen pa chanje.
pack-error-damaged = Pakè sa a domaje oswa yon moun chanje l: ou pa ka fè l konfyans. Anyen pa chanje. Mande yon lòt kopi.
pack-error-bad-content = Pakè sa a gen kontni Rumbo pa ka itilize. Anyen pa chanje.
pack-error-unsigned = Pakè sa a pa siyen: pèsonn pa ka konnen ki moun ki fè l. Anyen pa chanje.
pack-error-other-key = Pakè sa a siyen ak yon kle Rumbo pa fè konfyans ({ $fingerprint }). Li ka yon fo kopi. Anyen pa chanje.
pack-error-older = Pakè sa a se vèsyon { $version }, li pi ansyen pase vèsyon { $current } ou deja itilize a. Anyen pa chanje.
pack-error-same = Pakè sa a se vèsyon { $version }, sa ou deja itilize a. Anyen pa chanje.

## Sa ki chanje
pack-change-section-added = Nouvo seksyon: { $title }
pack-change-section-changed = Seksyon ki chanje: { $title }
pack-change-section-removed = Seksyon yo retire: { $title }
pack-change-entry-added = Nouvo nan anyè a: { $name }
pack-change-entry-changed = Chanje nan anyè a: { $name }
pack-change-entry-removed = Yo retire l nan anyè a: { $name }
pack-change-day-added = Nouvo jou ki pa travay: { $date }
pack-change-day-removed = Se pa yon jou ki pa travay ankò: { $date }
pack-change-messages =
    { $count ->
       *[other] { $count } lòt tèks chanje
    }
pack-change-none = Kontni an pa chanje.

## Kenbe pakè a
pack-error-not-stored = Yo pa t ka sove pakè a sou aparèy sa a. Anyen pa chanje.
pack-error-no-previous = Pa gen kontni anvan pou w retounen ladan l.
