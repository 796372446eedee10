# Èske dosye sa a se pou Rumbo vre? Verifye yon edisyon yon sèl dosye nan Paramèt, ak sa edisyon an di sou tèt li. (Bouyon)

edition-check-help = Yo ba ou yon edisyon yon sèl dosye (tankou rumbo-ht.html)? Chwazi l ak menm bouton an: Rumbo verifye si se pou li e si pèsonn pa chanje l. Anyen pa aplike.
edition-check-ok-title = Dosye sa a se pou Rumbo, pèsonn pa chanje l
edition-check-made = Se yon edisyon yon sèl dosye ki fèt ak kontni vèsyon { $version }, ranmase { $date }.
edition-check-key = Siyen ak kle sa a:
edition-check-compare = Konpare kle sa a ak sa moun ki pibliye Rumbo a te ba ou, sou papye oswa pa yon mwayen ou fè konfyans. Verifikasyon sa a pa chanje anyen nan Rumbo.
edition-error-too-large = Dosye sa a twò gwo pou l se yon edisyon Rumbo. Anyen pa chanje.
edition-error-unsigned = Dosye sa a pa gen siyati: pèsonn pa ka konnen kiyès ki fè l ni si yon moun chanje l. Pa pataje l tankou se pou Rumbo. Anyen pa chanje.
edition-error-other-key = Dosye sa a siyen ak yon kle Rumbo pa fè konfyans ({ $fingerprint }). Li ka yon fo kopi: pa pataje l. Anyen pa chanje.
edition-error-altered = Yo chanje dosye sa a apre yo te siyen l, oswa li domaje: pa kwè sa l di epi pa pataje l. Mande yon lòt kopi. Anyen pa chanje.

## Nan edisyon yon sèl dosye a
edition-file-content = kontni vèsyon { $version }
edition-file-check = Pou verifye dosye sa a se pou Rumbo e pèsonn pa chanje l: nan aplikasyon Rumbo a, ale nan Paramèt → Mizajou kontni epi chwazi dosye sa a; sou yon òdinatè, sèvi ak “rumbo-cli pack check-file” sou dosye sa a.
