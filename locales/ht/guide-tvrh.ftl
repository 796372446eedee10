# Seksyon: TVRH, kat vizitè pou rezon imanitè
guide-tvrh-title = TVRH: kat vizitè pou rezon imanitè
guide-tvrh-summary = Ki moun ki gen dwa a TVRH, sa li ba ou, kijan pou mande l, ak sa k ap pase depi 2024.
guide-tvrh-who =
    ## Kisa li ye ak ki moun ki gen dwa ladan l
    Kat vizitè pou rezon imanitè (_Tarjeta de Visitante por Razones Humanitarias_, TVRH) se yon dokiman Enstiti Nasyonal Migrasyon (INM) bay. Avè l, sitiyasyon ou nan Meksik regilye.

    Dapre Lwa sou Migrasyon an (atik 52), moun sa yo gen dwa ladan l:
    - viktim oswa temwen yon krim ki fèt nan Meksik;
    - timoun ak adolesan migran;
    - moun ki fè demann azil, pandan y ap deside dosye yo.

    Gouvènman an ka bay li tou pou yon rezon imanitè oswa pou enterè piblik.
guide-tvrh-law =
    ## Chak ka an detay
    - **Viktim ak temwen:** ou ka rete jiskaske pwosè penal la fini, ou ka travay, epi ou ka soti e antre nan peyi a. Apre sa, ou ka mande rezidans pèmanan.
    - **Timoun ak adolesan:** yo bay kat la touswit, san yo pa mande dokiman e san yo pa fè w peye. Si timoun nan akonpaye oswa separe ak fanmi l, li kouvri granmoun k ap pran swen l la tou.
    - **Moun k ap chèche azil:** li valab "hasta en tanto no se resuelva su situación migratoria" (jiskaske yo rezoud sitiyasyon migrasyon yo). Si repons lan pozitif, ou resevwa rezidans pèmanan.
    - **Ka imanitè:** li gen pèmi pou travay ladan l.
guide-tvrh-gives =
    ## Sa li ba ou
    Dapre Amnesty International, TVRH ba ou aksè a travay fòmèl, swen sante, edikasyon ak sèvis bank.

    Sou **pèmi pou travay** la: lwa a bay li klè pou viktim, temwen ak ka imanitè. Pou moun k ap chèche azil, lwa a pa di anyen sou sa. Òganizasyon Sin Fronteras di kat la gen pèmi sa a ladan l, menm si sa pa ekri.
guide-tvrh-request =
    ## Kijan pou mande l
    Anvan, **mande Komisyon Meksikèn pou Èd a Refijye (COMAR)** ranpli fòmilè a. Pote l nan biwo INM ki pi pre w la, avèk:
    - Atestasyon ou (_constancia de trámite_), orijinal ak yon kopi;
    - paspò oswa yon pyès idantite;
    - yon prèv adrès (si ou pa genyen, COMAR ka ba ou yon lèt ofisyèl, yon _oficio_);
    - yon deklarasyon ou siyen, kote ou di se laverite (_bajo protesta de decir verdad_), ak dat ou antre ak rezon ou yo;
    - ak nesans (batistè) pitit ou yo.

    Li **gratis**. Lis sa a soti nan Sin Fronteras (yon egzanp nan Vil Meksik), epi li ka chanje selon biwo a.
guide-tvrh-practice =
    ## Depi 2024, prèske yo pa bay kat la ankò
    - Nan kòmansman 2024, INM sispann bay TVRH. An fevriye 2025 se te toujou konsa (Amnesty International).
    - Yo bay 618 kat an 2024, kont 94 829 an 2023 (Gwoup Travay sou pwoteksyon kont retou fòse, _Grupo de Trabajo sobre No Devolución_).
    - Pafwa INM bay sèlman yon fèy papye (yon oficio) ak dat li valab, san foto. Òganizasyon yo di li pwoteje w kont detansyon ak depòtasyon e li pèmèt ou travay, men patwon yo pa aksepte l.
    - San kat la, li difisil pou jwenn RFC (nimewo taks) oswa nimewo sekirite sosyal.
    - Ant preenskripsyon nan COMAR ak Atestasyon an, gen yon "zòn gri" kote ou pa gen okenn dokiman.

    Kenbe oficio ak Atestasyon ou an sekirite. Si INM pa vle pran demann ou, chèche yon [òganizasyon](screen:directory).
guide-tvrh-unknown =
    - **Konbyen tan li dire.** Sin Fronteras di li konn valab pou yon ane; INM nan Morelos te di menm bagay la. Nou pa jwenn règ ofisyèl la.
    - **Si yo ka renouvle l.** Dapre Sin Fronteras, sèlman si demann azil ou toujou ap tann repons lè kat la ekspire.
    - **Si INM rekòmanse bay kat yo** apre fevriye 2025.
    - **Ki valè legal** oficio ki ranplase l la genyen.

    Mande yon òganizasyon oswa yon avoka anvan ou deside.
