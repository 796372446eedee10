# Òf yon pake kontni sou paj pou pataje a: kontni ki pi nouvo pou Rumbo, yo verifye anvan yo itilize l. (Bouyon)

share-pack-title = Kontni ki pi nouvo pou Rumbo
share-pack-help = Vèsyon { $version } sa Rumbo di (gid, kote, kalandriye a), ranmase { $date }.
share-pack-download = Telechaje mizajou a ({ $size } KB)
share-pack-how = Apre sa, louvri Paramèt Rumbo epi enpòte fichye a. Rumbo verifye kiyès ki siyen l epi li montre w sa ki chanje anvan ou aplike l.
share-pack-key = Siyen ak kle { $fingerprint }. Konpare l ak kle ki parèt sou ekran òdinatè k ap pataje l la.
