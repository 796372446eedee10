# Seksyon: Gwoup ki gen pwoteksyon espesyal
guide-groups-title = Gwoup ki gen pwoteksyon espesyal
guide-groups-summary = Dwa anplis pou timoun, fanm, moun LGBTIQ+, moun afwodesandan ak lòt gwoup.
guide-groups-intro =
    ## Pwoteksyon ranfòse
    Lwa a bay swen espesyal pou:
    - timoun ak adolesan;
    - fanm, ak fanm ansent tou;
    - moun aje, moun ki gen andikap oswa maladi kwonik;
    - moun ki siviv tòti, vyolans seksyèl oswa vyolans ki baze sou sèks, oswa trafik moun;
    - pèp endijèn ak moun afwodesandan;
    - viktim krim.

    Se sa Lwa sou Refijye a (atik 20) ak Lwa sou Migrasyon an (atik 73) di. Si ou nan youn nan gwoup sa yo, **di sa** nan Komisyon Meksikèn pou Èd a Refijye (COMAR) oswa nan Enstiti Nasyonal Migrasyon (INM). Entèvyou ou dwe konsidere kilti w, laj ou ak sèks ou (Lwa sou Refijye, atik 23).
guide-groups-children =
    ## Timoun ak adolesan
    - Yo pa janm ka fèmen yo nan yon estasyon migratwa, sa vle di yon sant detansyon Migrasyon (_estación migratoria_), ni nan lòt kote yo prepare pou sa, kit yo vwayaje pou kont yo kit ak yon granmoun. Gade Lwa sou Refijye, atik 20, ak Lwa sou Migrasyon, atik 6.
    - Yo gen dwa a yon [kat vizitè pou rezon imanitè (TVRH)](guide:tvrh) touswit, gratis, san yo pa mande yo okenn dokiman (Lwa sou Migrasyon, atik 52 ak 74).
    - Yo pa ka voye yo tounen ni depòte yo "sin que antes la autoridad competente valore si su vida, libertad o seguridad se encuentra en peligro" (san otorite ki gen konpetans lan pa evalye anvan si lavi yo, libète yo oswa sekirite yo an danje) (atik 74).
    - Nenpòt demach ak timoun dwe avèti touswit biwo pwoteksyon timoun DIF la (_Procuraduría de Protección_). DIF se sèvis Leta pou pwoteksyon fanmi ak timoun (atik 11).
guide-groups-women =
    ## Fanm ak moun ki siviv vyolans
    - Pèsekisyon akoz sèks ou ka yon rezon pou yo rekonèt ou kòm refijye (Lwa sou Refijye, atik 13).
    - Si ou siviv vyolans seksyèl, vyolans ki baze sou sèks oswa trafik moun, ou gen dwa a swen espesyal (atik 20).
    - Fanm ak tifi ki viktim vyolans ka jwenn lòd pwoteksyon (Lwa sou Migrasyon, atik 75).
    - Gen abri pou fanm ak pitit yo, tankou Instituto Madre Asunta, kay pou fanm Lame Sali a (Ejército de Salvación) ak Borderline.
guide-groups-lgbtiq =
    ## Moun LGBTIQ+
    - Lwa sou Refijye a oblije Sekretarya Enteryè a (_Secretaría de Gobernación_) pran mezi ki nan pouvwa l pou yo pa fè diskriminasyon kont ou akoz "preferencias sexuales" ou (preferans seksyèl) (atik 8).
    - Sèks (jan) se youn nan rezon pou rekonèt estati refijye (atik 13).
    - Nan Tijuana gen abri pou moun LGBTIQ+, tankou Jardín de las Mariposas ak Casa de Luz. Borderline resevwa moun LGBT+ tou. Casa Arcoíris te konn bay lojman; nan mas 2025 li relouvri kòm yon sant kominotè.
    - An 2025, plizyè abri chanje, e kèk ladan yo vin tounen sant kominotè. Casita de Unión Trans sispann bay lojman.
guide-groups-black =
    ## Moun nwa ak afwodesandan
    - Lwa sou Migrasyon an mete moun afwodesandan nan gwoup ki dwe jwenn pwoteksyon ranfòse (atik 73).
    - Ou gen dwa a swen medikal ijans gratis pou pwoteje lavi w, kèlkeswa sitiyasyon migrasyon ou (atik 8).
    - Lwa sou Refijye a oblije Sekretarya Enteryè a pran mezi ki nan pouvwa l pou yo pa fè diskriminasyon kont ou akoz orijin etnik oswa nasyonal ou (atik 8).
    - Haitian Bridge Alliance sipòte Ayisyen nan Tijuana epi li kowòdone Villa Haitiana, yon kote pou fanmi ayisyen rete.
guide-groups-practice =
    Amnesty International rapòte sa an fevriye 2025:
    - Moun LGBTIQ+ sibi anpil vyolans ak diskriminasyon nan Meksik.
    - Moun nwa, sitou Ayisyen, sibi rasis. Yo gen mwens aksè a swen medikal, lojman, abri ki pi an sekirite, sèvis, entèprèt ak pwoteksyon lapolis. Dapre temwayaj, patwon yo pito anboche Meksiken oswa moun blan.
    - Fanm meksikèn ki t ap kouri kite vyolans lakay yo di lapolis pa t pwoteje yo.
    - Òganizasyon yo pè mennen timoun ki vwayaje pou kont yo nan pò antre a, paske yo pa konnen kijan otorite fwontyè Etazini (CBP) ap reyaji.
    - Nan kòmansman 2024, INM sispann bay TVRH, kat timoun yo gen dwa resevwa touswit la. Li [TVRH](guide:tvrh).

    Chèche abri ak òganizasyon nan [anyè a](screen:directory). Anpil sèvis chanje an 2025: verifye anvan ou ale.
