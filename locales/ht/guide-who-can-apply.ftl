# Seksyon: Azil nan Meksik: kiyès ki ka mande l
guide-who-can-apply-title = Azil nan Meksik: kiyès ki ka mande l
guide-who-can-apply-summary = Kiyès ki ka mande estati refijye nan Meksik, ak kiyès lòt li pwoteje.
guide-who-can-apply-what =
    ## Kisa mande azil vle di nan Meksik
    Nan Meksik, mande azil se mande estati refijye (_condición de refugiado_). Se Komisyon Meksikèn pou Èd a Refijye (COMAR) ki deside.

    Pa konfonn li ak azil politik (_asilo político_): se yon lòt pwosedi. Gid sa a pale de pwosedi COMAR la.

    Ou ka fè demann lan menm si ou pa gen dokiman, si ou nan yon pò antre, oswa si ou gen yon pwosedi migrasyon ki louvri (Lwa sou Refijye, atik 21). Si te gen yon pwosedi migrasyon kont ou paske ou te antre san papye, li sispann jiskaske yo deside demann ou; epi si yo rekonèt ou kòm refijye, yo pa pini ou pou antre sa a (atik 7).

    Lalwa pale de moun etranje. Si ou se Meksiken epi yo te depòte ou, li [Retounen nan Meksik](guide:deportees).
guide-who-can-apply-grounds =
    ## Rezon yo (atik 13)
    Ou ka vin refijye si youn nan ka sa yo se ka pa ou:
    - **Pèsekisyon:** ou gen bon rezon pou w pè yo pèsekite ou akoz ras ou, relijyon ou, nasyonalite ou, sèks ou, paske ou fè pati yon gwoup sosyal, oswa akoz opinyon politik ou (fraksyon I).
    - **Vyolans nan peyi ou:** ou te kouri paske lavi ou, sekirite ou oswa libète ou te menase akoz vyolans jeneralize, agresyon etranje, konfli entèn, vyolasyon dwa moun an mas, oswa lòt sikonstans ki te twouble lòd piblik la grav (fraksyon II).
    - **Nouvo danje:** risk la parèt apre ou te kite peyi ou, oswa akoz sa ou te fè nan Meksik (fraksyon III).

    Nan ka fraksyon III, dat limit 30 jou ouvrab (_días hábiles_) la kòmanse jou apre ou aprann fè yo (atik 18). Kalkile dat ou ak [kalkilatris dat limit la](screen:deadline).
guide-who-can-apply-complementary =
    ## Pwoteksyon konplemantè
    Si COMAR deside ou pa refijye, **li dwe egzamine nan menm desizyon an** si l ap ba ou pwoteksyon konplemantè (_protección complementaria_) (atik 29 rive 31). Si li ba ou l, ou resevwa yon dokiman migrasyon.
guide-who-can-apply-family =
    ## Fanmi ou
    Manm fanmi ou ki nan Meksik epi ki depann de ou resevwa estati refijye **pa derivasyon** si yo rekonèt ou kòm refijye (atik 12):
    - mari ou, madanm ou oswa konpayon ou;
    - pitit ou yo;
    - fanmi ou pa san jiska katriyèm degre;
    - fanmi mari ou oswa madanm ou jiska dezyèm degre.

    Si dokiman manke, yo aksepte lòt prèv relasyon fanmi an, tankou sa ou menm ou deklare.
guide-who-can-apply-practice =
    ## Nan Tijuana
    - Li pa posib ankò pou mande azil sou fwontyè Etazini. Se poutèt sa anpil moun nan Tijuana ap deside mande pwoteksyon nan Meksik (Amnesty International, fevriye 2025).
    - Anpil moun te gentan depase dat limit 30 jou ouvrab la paske yo t ap tann yon randevou CBP One. An fevriye 2025, COMAR nan Tijuana t ap aksepte demann an reta si moun nan pa t ka jwenn randevou anvan yo te anile yo. Kritè sa a ka chanje. Li [Dat limit 30 jou ouvrab](guide:deadline).
guide-who-can-apply-unknown =
    - Se COMAR sèlman ki deside si ou se refijye. Pèsonn pa ka pwomèt ou rezilta a.
    - Rumbo pa gen tèks lalwa ki di kiyès ki resevwa pwoteksyon konplemantè. Mande yon òganizasyon oswa yon avoka si ka ou a antre ladan l.
    - Chèche èd legal nan [anyè a](screen:directory).
