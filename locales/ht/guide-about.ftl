# Seksyon: Konsènan enfòmasyon sa yo
guide-about-title = Konsènan enfòmasyon sa yo
guide-about-summary = Ki kote enfòmasyon Rumbo soti, ki limit li genyen, ak kijan pou siyale yon erè.
guide-about-sources =
    ## Ki kote li soti
    Ekip Rumbo a ranmase enfòmasyon sa yo nan sous piblik. Nou te fin ranmase yo **27 novanm 2026**.
    - Lwa yo, nan tèks ajou Chanm Depite Meksik la pibliye (_Cámara de Diputados_), nou li nan yon kopi: yon konvèsyon otomatik PDF ofisyèl yo yon lòt moun te pibliye. Sitasyon yo soti nan kopi sa a, e yo poko konpare yo ak piblikasyon ofisyèl la.
    - Règleman Lwa sou Refijye a (_Reglamento_), nan tèks UNHCR (ACNUR) site a.
    - Rapò Amnesty International "Lives in Limbo", fevriye 2025.
    - Atik laprès ak paj entènèt òganizasyon yo, nou li nan kopi achiv, pa sou sit la an dirèk.

    Chak gid montre sous li yo.
guide-about-review =
    ## Poko revize
    - Okenn avoka poko revize enfòmasyon sa yo.
    - Vèsyon kreyòl ak vèsyon ris yo se bouyon: okenn moun ki pale lang lan natif natal poko revize yo.
    - Sa a se enfòmasyon jeneral, **se pa konsèy legal**. Pou ka pa w, pale ak yon òganizasyon oswa yon avoka ou fè konfyans.
guide-about-offline =
    ## Kopi ou a pa mete tèt li ajou
    Rumbo mache san entènèt. Se poutèt sa, kopi ki nan telefòn ou a **pa janm mete tèt li ajou pou kont li**. Lwa, biwo ak pwogram yo chanje.

    Anvan ou aji, **verifye ak yon òganizasyon**. Chèche youn nan [anyè a](screen:directory).
guide-about-open =
    ## Kesyon ki poko gen repons
    Nou poko konnen byen sèten:
    - Sa atik 19 Règleman Lwa sou Refijye a (_Reglamento_) di egzakteman: ki rezon COMAR aksepte si ou mande azil apre delè a.
    - Ki pozisyon Lakou Siprèm nan sou [delè 30 jou ouvrab la](guide:deadline): si li te konfime l oswa non.
    - Devan ki moun ak ki kote pou depoze apèl pou revizyon an (_recurso de revisión_) kont yon rezolisyon negatif.
    - Konbyen tan [TVRH](guide:tvrh) a dire, kat vizitè pou rezon imanitè a (_Tarjeta de Visitante por Razones Humanitarias_), ak kijan pou renouvle l.
    - Adrès ak nimewo telefòn biwo COMAR yo kounye a.
    - Kontak abri yo.

    Epitou, fòk yo toujou konpare sitasyon lwa yo ak PDF ofisyèl la. Kesyon sa yo ka chanje sa ou dwe fè: **mande yon òganizasyon oswa yon avoka**.
guide-about-errors =
    ## Si ou jwenn yon erè
    Di sa bay **òganizasyon an oswa moun ki te ba ou Rumbo a**. Rumbo poko gen yon adrès kontak.
guide-about-privacy =
    ## Vi prive
    Anyen ou fè nan Rumbo pa soti nan aparèy sa a. Pa gen kont, pa gen swivi, pa gen piblisite.

    Si ou kopye oswa pataje yon tèks, oswa ou mete l nan kalandriye ou, kopi sa a deja deyò Rumbo.
