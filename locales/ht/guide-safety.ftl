# Seksyon: Sekirite ak magouy
guide-safety-title = Sekirite ak magouy
guide-safety-summary = Kijan pou evite magouy, sa pou fè si gen rakèt oswa kidnaping, ak ki moun pou rele.
guide-safety-alert =
    ## Demach yo gratis
    - Fè demann azil nan Komisyon Meksikèn pou Èd a Refijye (COMAR) oswa nan Enstiti Nasyonal Migrasyon (INM) **gratis**. Kat vizitè pou rezon imanitè (TVRH) a gratis tou. Pèsonn pa ka vann ou yon randevou.
    - CBP One fini 20 janvye 2025, epi yo anile tout randevou yo.
    - **Nenpòt ofri pou yon "randevou CBP One" oswa pou yon "nouvo aplikasyon pou azil" se yon magouy**, sòf si Etazini anonse yon lòt bagay ofisyèlman.
    - Pa bay lajan, enfòmasyon pèsonèl oswa dokiman bay moun ki ofri w sa.
    - Si ou an danje, rele [911](tel:911).
guide-safety-fraud =
    ## Fo avoka ak magouyè (_gestores_)
    Yo fè w peye pou demach ki gratis.
    - Nan Tijuana (2023), yo te ofri randevou CBP One pi vit pou 500 a 700 dola ameriken, epi yo te pran enfòmasyon pèsonèl moun yo.
    - Devan biwo COMAR ak INM, magouyè te vann fo TVRH ak fo Atestasyon pou jiska 25 000 pezo meksiken (2019). Yo te arete moun yo te jwenn avèk yo.
    - Atestasyon an (_constancia de trámite_) **pa pèmèt ou vwayaje** nan Meksik: li oblije w rete nan eta kote ou te kòmanse demach la.
    - An 2025 te gen plent sou moun ki t ap mande lajan ilegalman toupre COMAR nan Tapachula.

    Si yo mande w lajan pou yon demach, **pa peye**. Chèche yon [òganizasyon ou ka fè konfyans](screen:directory).
guide-safety-crime =
    ## Rakèt ak kidnaping
    Amnesty International dokimante rakèt ak kidnaping kont moun k ap chèche pwoteksyon, ni pa otorite ni pa gwoup kriminèl: yo fè moun peye nan baraj sou wout, epi yo kidnape moun nan tren, pa egzanp nan Caborca.
    - **Ijans:** rele [911](tel:911).
    - **Plent anonim:** rele [089](tel:089), 24 sou 24. Se pou rakèt (menm pa telefòn), kidnaping, trafik moun ak abi seksyèl. Yo ba ou yon nimewo swivi (folio).
    - **Pote plent** pou krim lan nan biwo pwokirè a (_Fiscalía_).
guide-safety-law =
    ## Dwa ou si ou viktim yon krim ak devan otorite yo
    - Ou gen dwa a lajistis ak dwa pou pote plent, kèlkeswa sitiyasyon migrasyon ou (Lwa sou Migrasyon, atik 11).
    - Kòm viktim oswa temwen yon krim nan Meksik, ou gen dwa a yon [TVRH](guide:tvrh) (atik 52). Si krim lan grav, ou gen dwa tou pou regilarize sitiyasyon ou (atik 133).
    - Se sèlman otorite ki gen konpetans lan ki ka mande w pwouve nasyonalite w oswa sitiyasyon migrasyon ou (atik 7).
    - Nan yon pwosedi migrasyon devan INM, ou gen dwa a yon avoka oswa yon reprezantan ou chwazi (atik 70).
    - Si ou pa pale panyòl, otorite a dwe nonmen yon entèprèt pou ou (_de oficio_) (atik 14).
    - INM pa ka fè kontwòl migrasyon nan abri òganizasyon sivil yo ni nan abri moun k ap fè travay imanitè (atik 76).
guide-safety-practice =
    - An 2020, yon polisye te di yon migran li pa t ka pote plent. Sa pa vre: **ou ka pote plent**.
    - Nan Caborca, lame a te delivre yon gwoup moun yo te kidnape, epi li te mennen yo pote plent. Apre sa, yo pa t jwenn okenn sipò ni dokiman.
    - Depi 2024, INM prèske pa bay TVRH ankò.
    - Kounye a ke moun pa ka mande azil sou fwontyè Etazini, òganizasyon yo ap tann plis kontrebann moun ak plis vyolans kont moun k ap chèche azil, tankou rakèt.
guide-safety-papers =
    ## Pran swen papye ou
    - **Kenbe Atestasyon ou** ak yon kopi.
    - Ale siyen nan COMAR oswa nan INM jou yo ba ou a (gade [Pandan w ap tann](guide:while-waiting)).
    - Si yon otorite mande w papye, sèvi ak [ekran pou montre yon otorite](screen:official).
