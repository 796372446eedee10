# Seksyon: Pandan w ap tann
guide-while-waiting-title = Pandan w ap tann
guide-while-waiting-summary = Ki papye pou w kenbe, ki règ pou w respekte ak ki dwa ou genyen pandan demach la.
guide-while-waiting-constancia =
    ## Atestasyon ou
    Kenbe Atestasyon ou (_constancia de trámite_) ak yon kopi. COMAR bay chak moun ki fè demann ak chak moun ki depann de yo youn (Lwa sou Refijye, atik 22).

    Dapre COMAR (me 2023):
    - Li pwoteje w: yo pa ka voye w tounen nan peyi w.
    - **Li pa yon pèmi pou w rete regilye** nan Meksik.
    - **Li pa sèvi pou vwayaje** nan peyi a.

    Demach la gratis: pa peye pèsonn. Li [Sekirite ak magouy](guide:safety).
guide-while-waiting-sign-in =
    ## Al siyen chak semèn
    Chak semèn, **al siyen** jou yo ba ou a. Se siyati chak semèn nan (_firma semanal_). Règleman lwa a (_Reglamento_, atik 24) di moun ki pa nan detansyon INM "deberá asistir semanalmente ante la Coordinación o el Instituto, el día que le sea señalado": li dwe prezante chak semèn devan COMAR (Coordinación) oswa INM (Instituto), jou yo ba li a.

    Si ou pa ale, yo ka konsidere demann ou kòm abandone.
guide-while-waiting-stay =
    ## Rete nan eta w
    Viv epi rete **nan eta kote ou te fè demann lan**. Atestasyon an oblije w fè sa (COMAR, 2023).

    Pou w chanje dosye w al nan yon lòt eta, ou bezwen pèmisyon COMAR. Ou mande l ak yon lèt lib (_escrito libre_) kote ou esplike rezon ou yo.
guide-while-waiting-move-practice =
    ## Dosye ki soti nan lòt eta
    An fevriye 2025, COMAR pa t ap transfere nan Tijuana dosye ki te kòmanse nan Chiapas oswa nan Vil Meksik. Li t ap di moun yo tann jiskaske ansyen dosye a fèmen, epi kòmanse yon nouvo. Òganizasyon yo di Amnesty International sa lakòz reta ki pa nesesè.

    Si ou te kite yon dosye nan yon lòt eta, mande konsèy anvan ou kòmanse yon lòt.
guide-while-waiting-curp-work =
    ## CURP ak travay
    Ak Atestasyon ou, COMAR ka ba ou yon CURP tanporè (_CURP temporal_). Li dire jiska 180 jou kalandriye, epi yo ka pwolonje l yon sèl fwa pou menm kantite tan. Li vin pèmanan si yo rekonèt ou kòm refijye oswa yo ba ou pwoteksyon konplemantè, epi INM ba ou dokiman ou.

    CURP a sèvi pou swen sante, lekòl ak travay.

    Pou w travay pandan w ap tann, chemen sous yo dekri a se kat vizitè pou rezon imanitè a (_Tarjeta de Visitante por Razones Humanitarias_, TVRH). Men pou moun k ap mande azil, lwa a pa di klèman kat la bay pèmi pou travay; òganizasyon Sin Fronteras di kat la gen pèmi sa a ladan l san li pa di l. Nan kòmansman 2024, INM sispann bay li (Amnesty International, fevriye 2025): an 2024 li bay 618, kont 94,829 an 2023 (Gwoup Travay sou pwoteksyon kont retou fòse, _Grupo de Trabajo sobre No Devolución_). Li [TVRH](guide:tvrh).
guide-while-waiting-curp-court =
    ## Sa Lakou Siprèm nan te di sou CURP
    An 2021, Lakou Siprèm Meksik (Premye Chanm) te deside de ka (_amparos en revisión_ 114/2020 ak 665/2019). Nan ka sa yo, li di li kont Konstitisyon an pou yo retire moun k ap mande estati refijye nan CURP.

    Rumbo pa konnen si biwo yo aplike sa pou tout moun.
guide-while-waiting-your-case =
    ## Dosye ou
    - Ou ka **bay plis prèv** jiskaske COMAR pran desizyon (atik 23).
    - Entèvyou a fèt an pèsòn, epi reprezantan w ka la (atik 21). Li dwe konsidere kilti ou, laj ou ak sèks ou (atik 23).
    - Si sa nesesè, yo ba ou yon entèprèt oswa yon tradiktè (atik 23). Mande l.
    - Sa ou di a rete konfidansyèl nèt (atik 10).
    - Depi ou fin fè demann lan, okenn otorite pa ka bay konsila peyi w enfòmasyon, ni avèti l, san pèmisyon klè ou (atik 21).
guide-while-waiting-unknown =
    - Tèks Règleman an, atik 24, nou jwenn nan koupe. Pa egzanp, nou pa konnen sa k rive si ou rate yon semèn paske ou malad. Mande COMAR sa pou w fè si ou pa ka ale.
    - Rumbo pa t jwenn tèks ofisyèl règ CURP tanporè a (DOF, 2021). Li pa konnen tou si COMAR nan Tijuana ap bay li kounye a.
    - Nou pa konnen si COMAR ap transfere dosye soti nan yon eta al nan yon lòt apre fevriye 2025.

    Mande yon òganizasyon oswa yon avoka.
