# Seksyon: Retounen nan Meksik apre depòtasyon (pou moun ki gen nasyonalite meksikèn)
guide-deportees-title = Retounen nan Meksik apre depòtasyon
guide-deportees-summary = Pou Meksiken yo depòte: èd gouvènman an, papye ak liy konsila a.
guide-deportees-program =
    ## Pwogram _México te abraza_
    Seksyon sa a se pou **moun ki gen nasyonalite meksikèn** yo depòte soti Etazini. Si ou soti nan yon lòt peyi epi w ap mande azil, li [Kijan pou fè demann lan](guide:how-to-apply).

    An janvye 2025, gouvènman an te lanse pwogram _México te abraza_ ("Meksik ap anbrase w"), ak 10 sant: Tijuana ak Mexicali (Baja California), Nogales ak San Luis Río Colorado (Sonora), Ciudad Juárez (Chihuahua), Nueva Rosita (Coahuila), El Carmen (Nuevo León), Matamoros, Reynosa ak Nuevo Laredo (Tamaulipas). Li ofri:
    - Kote pou rete, manje ak swen sante; enskripsyon nan IMSS (sekirite sosyal).
    - Yon kat byennèt (_Tarjeta Bienestar Paisano_): **2 000 pezo** pou transpò.
    - Entènèt gratis, èd pou jwenn papye meksikèn ou yo, ak transpò pou retounen kote ou soti.

    Pou kat la, yo mande non konplè ou, dat nesans ou, CURP ou, lèt rapatriman an (_carta de repatriación_), yon pyès idantite ak ak nesans ou (_acta de nacimiento_). Gen kèk ladan yo ki pa obligatwa.
guide-deportees-tijuana =
    ## Nan Tijuana: sant Flamingos la
    Li nan ansyen sal fèt **Flamingos** la, sou bulevar Cuauhtémoc Sur, delegación Centro. Dapre laprès janvye 2025, li gen plas pou 2 600 moun, e li resevwa sèlman Meksiken. Yo voye timoun ki poko gen 18 an nan abri DIF eta a (sèvis Leta pou pwoteksyon fanmi ak timoun).

    An fevriye 2025, kèk òganizasyon te di Amnesty International:
    - Sant lan sanble ak yon prizon, e Gad Nasyonal la antoure l.
    - Ou pa ka soti, sof pou retounen kote ou soti.
    - Si ou pa rete la, ou pa jwenn okenn èd, tankou kat la.
    - Yo mennen w la, sof si yon moun vin chèche w nan estasyon rapatriman ki nan pòs fwontyè a.

    Dapre Amnesty, pwogram lan mennen w tounen sèlman kote ou soti. Si ou te kouri pou vyolans nan kote sa a, **di yon òganizasyon sa**.
guide-deportees-papers =
    ## Papye ou yo
    Kenbe **papye rapatriman ou an**. Se pa yon pyès idantite ofisyèl. Dapre Amnesty, li pèmèt ou vwayaje anndan Meksik pandan yon mwa.
    - CURP (kòd ou nan rejis popilasyon an): chèche l epi enprime l sou gob.mx/curp.
    - Ak nesans: dapre laprès, sant Flamingos la bay li.
    - Kat elektoral INE (_credencial para votar_): pote twa dokiman. Youn ki pwouve nasyonalite ou (ak nesans orijinal oswa dokiman natiralizasyon), yon pyès idantite ak foto ki sou lis yo aksepte a, ak yon prèv adrès.
    - Si ou pa gen pyès idantite ak foto, ou ka vini ak **de temwen**: youn ki enskri nan minisipalite ou, youn nan eta ou.
    - Depi 2017, INE gen yon estrateji pou bay moun ki rapatriye kat elektoral yo pi vit.
guide-deportees-consulate =
    ## Liy konsila, sèlman pou Meksiken
    Si ou se **sitwayen meksiken** epi ou bezwen konsila Meksik yo ann Etazini, rele CIAM, 24 èdtan sou 24:
    - Soti Etazini ak Kanada: +1 520 623 7874
    - Soti Meksik: 001 520 623 7874
guide-deportees-asylum =
    ## Si w ap mande azil nan Meksik
    Si ou soti nan yon lòt peyi epi w ap mande azil nan Meksik, **liy sa a pa pou ou**. Depi ou fin depoze demann ou, okenn otorite pa gen dwa bay otorite konsila oswa anbasad peyi w enfòmasyon ni avèti yo san pèmisyon klè ou (Lwa sou Refijye, LRPCAP, atik 21). Si yo rekonèt ou kòm refijye, ou pa oblije ale nan konsila w (atik 57).

    Anvan ou kontakte konsila peyi w, **mande yon òganizasyon**.
guide-deportees-unknown =
    Nou pa t ka konfime si sant yo toujou ouvè an 2026, si yo toujou egzije pou w rete nan sant lan pou jwenn èd, ni non egzak ak validite papye rapatriman an. Nou pa konnen tou ki dokiman INE aksepte pou moun ki rapatriye.

    Anvan ou deside, **mande yon òganizasyon**. Chèche youn nan [anyè a](screen:directory).
