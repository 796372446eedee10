# Sa ou sove an sekirite: sa Rumbo di lè li pa ka sove, lè li mete yon kopi ki domaje sou kote, lè li refize yon
# fichye, si navigatè a kenbe sa ou sove, ak lè "Efase done mwen yo" pa t ka efase tout bagay. (Bouyon)

storage-saved-cannot-compute = Yo pa ka kalkile dat limit ou sove sa a: Rumbo pa ka konte apati dat li a. Retire l epi kalkile l ankò nan ekran Dat limit la.
storage-set-aside-file = Done ou te sove yo te domaje. Rumbo kenbe yon kopi, san li pa efase anyen, nan { $copy }, epi li rekòmanse.
storage-off-foreign = Rumbo pa ka sove: fichye kote Rumbo kenbe sa ou sove a se pou yon lòt pwogram, kidonk Rumbo pa manyen l. Sa ou sove kounye a p ap rete.
storage-off-permission = Rumbo pa ka sove: li pa gen dwa ekri nan dosye done li a. Sa ou sove kounye a p ap rete.
storage-off-busy = Rumbo pa ka sove: yon lòt kopi Rumbo (oswa yon lòt pwogram) ap itilize done ou sove yo. Fèmen l epi louvri Rumbo ankò.
storage-off-full = Rumbo pa ka sove: disk la plen. Libere kèk plas epi louvri Rumbo ankò.
storage-off-other = Rumbo pa ka sove: li pa t ka louvri fichye kote li kenbe sa ou sove. Sa ou sove kounye a p ap rete.
storage-import-too-large = Fichye sa a twò gwo pou se yon fichye Rumbo (1 MB pi plis). Anyen pa chanje.
storage-import-too-many = Fichye sa a gen plis bagay pase sa Rumbo li yon sèl kou ({ $max } pi plis). Anyen pa chanje.
storage-import-version = Fichye sa a soti nan yon vèsyon Rumbo ki pi nouvo. Mete Rumbo ajou pou ajoute l. Anyen pa chanje.
storage-import-bad-date = Fichye a gen yon dat limit ak yon dat ki pa egziste oswa ki andeyò kalandriye Rumbo ({ $item }). Anyen pa chanje.
storage-import-bad-item = Fichye a gen yon bagay Rumbo pa ka montre ({ $item }). Anyen pa chanje.
storage-import-not-saved = Rumbo pa t ka sove sou aparèy sa a kounye a. Anyen pa chanje.
storage-persist-granted = Navigatè sa a pwomèt pou l kenbe sa ou sove, menm lè plas ap manke.
storage-persist-refused = Navigatè sa a pa pwomèt pou l kenbe sa ou sove: li ka efase l lè plas ap manke. Pou pi an sekirite, telechaje yon kopi nan ekran Sove a.
storage-persist-not-asked = Premye fwa ou sove yon bagay, Rumbo ap mande navigatè sa a pou l kenbe l menm lè plas ap manke.
storage-persist-unavailable = Nan adrès sa a, navigatè a pa ka pwomèt pou l kenbe sa ou sove (sa mande yon adrès https oswa aparèy sa a li menm). Lè ou louvri l pa Wi-Fi pataje a, navigatè a ka efase sa ou sove nenpòt ki lè: telechaje yon kopi nan ekran Sove a.
storage-wipe-partial = Gen kèk bagay ki pa t ka efase. Tout lòt bagay yo efase. Eseye ankò, oswa efase sa yo ou menm:
