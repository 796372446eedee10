# Seksyon: Desizyon ak apèl
guide-decision-appeal-title = Desizyon ak apèl
guide-decision-appeal-summary = Konbyen tan COMAR pran pou l deside, sa k rive si li refize w, ak kijan pou w fè apèl.
guide-decision-appeal-decision =
    ## Kilè COMAR dwe deside
    COMAR dwe deside alekri "dentro de los 45 días hábiles contados a partir del día siguiente a la presentación de la solicitud" (Lwa sou Refijye, atik 24): nan 45 jou ouvrab, apati jou apre ou te fè demann lan.

    Li ka pwolonje delè sa a yon sèl fwa, jiska 45 lòt jou ouvrab (_días hábiles_), sèlman nan ka sa yo:
    - li manke enfòmasyon sou fè ki nan demann ou;
    - li manke yon tradiktè oswa espesyalis;
    - li pa ka fè entèvyou avè w akoz sante w;
    - ou mande pou w bay plis prèv;
    - yon ka fòtui oswa yon fòs majè.

    Yo dwe ba ou desizyon an alekri, epi COMAR dwe fè efò pou w konprann li (atik 25). Sa rele notifikasyon (_notificación_). [Kalkilatris la](screen:deadline) konte delè sa yo tou.
guide-decision-appeal-practice =
    ## An reyalite, tann nan pi long
    An reyalite, COMAR pran plis tan anpil. An 2023, Asylum Access México di nan yon entèvyou ke te gen dosye 2021 ak 2022 ki poko rezoud. An me 2023, COMAR li menm te avèti ke tan li pran pou reponn te vin pi long.

    Pèsonn pa ka pwomèt ou yon dat. Kontinye al siyen chak semèn: li [Pandan w ap tann](guide:while-waiting).
guide-decision-appeal-outcome =
    ## Si yo pa rekonèt ou kòm refijye
    Si COMAR refize ba ou estati refijye, li dwe gade nan menm desizyon an si l ap ba ou pwoteksyon konplemantè (_protección complementaria_) (atik 29–31). Si li ba ou l, w ap resevwa yon dokiman migrasyon.
guide-decision-appeal-appeal =
    ## Kijan pou w fè apèl
    Si desizyon an negatif, **fè apèl nan 15 jou ouvrab**. Ou fè l ak yon apèl pou revizyon (_recurso de revisión_). Lwa a di ou ka depoze yon "recurso de revisión dentro de los 15 días hábiles contados a partir de la notificación respectiva" (atik 25): nan 15 jou ouvrab apati notifikasyon an. Ou ka sèvi ak lòt mwayen defans tou.

    Pou konpare, règ federal jeneral la (Lwa federal sou pwosedi administratif, LFPA, atik 85) konte 15 jou yo apati jou apre notifikasyon an pran efè. Dapre lwa sa a, ou depoze apèl la devan otorite ki te pran desizyon an, epi se chèf li ki deside (atik 86).

    Chèche yon avoka oswa yon òganizasyon nan [anyè a](screen:directory) **menm jou** ou resevwa desizyon an. Nan kalkilatris la, swiv dènye jou ki sèten an.
guide-decision-appeal-unknown =
    - Ki kote, e devan ki moun, pou w depoze apèl la nan ka pa w.
    - Jou egzak 15 jou yo kòmanse: depi notifikasyon an (Lwa sou Refijye) oswa depi jou apre li pran efè (règ federal).
    - Delè ak chemen pou pwosè pou anile desizyon an (_juicio de nulidad_) ak pou pwosè amparo a (_amparo_). Rumbo pa t jwenn yo.

    Yon avoka dwe konfime sa. Se pou sa, **pa tann**: aji depi yo ba ou notifikasyon an.
guide-decision-appeal-rights =
    ## Si yo rekonèt ou kòm refijye
    Pami lòt dwa, ou gen dwa (atik 44):
    - jwenn sipò enstitisyon piblik, sèvis sante ak edikasyon, ak rekonesans etid ou;
    - travay nan nenpòt aktivite legal;
    - resevwa yon dokiman idantite ak vwayaj nan men Ministè Afè Etranjè (_Secretaría de Relaciones Exteriores_, SRE);
    - reyinifikasyon fanmi;
    - yon dokiman rezidan pèmanan (atik 44 ak 48).

    Ou pa peye frè pou sèvis migrasyon (atik 50). Ou pa oblije al nan konsila peyi w, epi yo ka dispanse w legalizasyon oswa apostiy dokiman ou (atik 57).
