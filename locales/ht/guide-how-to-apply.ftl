# Seksyon: Kijan pou mande azil
guide-how-to-apply-title = Kijan pou mande azil
guide-how-to-apply-summary = Ki kote ak kijan pou depoze demann ou, ki papye ou resevwa, ak sa k ap pase nan Tijuana.
guide-how-to-apply-steps =
    ## Ki kote ak kijan
    - Depoze demann ou nan yon biwo Komisyon Meksikèn pou Èd a Refijye (COMAR). Kote ki pa gen COMAR, depoze l nan Enstiti Nasyonal Migrasyon (INM), ki voye l bay COMAR.
    - Fè l **nan 30 jou ouvrab** (_días hábiles_), ki konte apati jou ouvrab ki vini apre ou te antre nan Meksik (Lwa sou Refijye, atik 18). Sèvi ak [kalkilatris dat limit la](screen:deadline). Si li pase deja, mande azil kanmenm: li [Dat limit 30 jou ouvrab la](guide:deadline).
    - Depoze l alekri. Si ou pa ka ekri, fè l **ak bouch**: otorite a ekri sa ou di nan yon pwosè-vèbal (_acta_) (atik 18).
    - Mande yon entèprèt si ou pa konprann panyòl (atik 18 ak 23).
    - Pa peye pèsonn: demach la **gratis** (atik 18). An 2019, yo te rapòte magouyè (_gestores_) ki t ap vann fo atestasyon. Li [Sekirite ak magouy](guide:safety).
guide-how-to-apply-law =
    ## Avètisman, konsila ak reprezantan
    Nenpòt otorite ki konnen ou vle mande estati refijye dwe bay avètisman alekri epi touswit. Si li pa fè sa, yo ka sanksyone l (atik 21).
    - Depi ou fin depoze demann ou, pèsonn pa ka avèti konsila peyi ou san ou pa bay pèmisyon klè (atik 21).
    - Ou ka ale ak yon reprezantan legal, ki bezwen yon manda (prokirasyon) (_carta poder_) ki siyen devan de temwen (atik 21; Règleman, atik 20).
    - Si yon lòt moun depoze demann lan pou ou, **konfime l an pèsòn** nan COMAR oswa nan INM nan 3 jou ouvrab. Si ou pa fè sa, yo konsidere demann lan pa t janm depoze (atik 11; Règleman, atik 20).
guide-how-to-apply-offices =
    ## Biwo COMAR yo
    COMAR te gen 13 biwo nan peyi a (2024). Rumbo pa jwenn lis konplè a.
    - **Tijuana:** Avenida Carranza, colonia Castillo, nan Proyecto Salesiano (enfòmasyon 2021, pa verifye pou 2025–2026).
    - **Vil Meksik:** Calle 10 No. 167, Col. Granjas San Antonio, Iztapalapa. Lendi rive vandredi, 9:00 rive 18:00 (2024).
    - **Tapachula:** Centro Multiservicios, Libramiento Sur. Pou moun k ap mande pou premye fwa: 7:00 rive 15:00 (septanm 2025).
guide-how-to-apply-constancia =
    ## Atestasyon an
    COMAR bay ou menm ak chak manm fanmi ki depann de ou yon Atestasyon (_constancia de trámite_) (atik 22). **Kenbe l byen epi fè yon kopi.**
    - Li pwoteje ou: yo pa ka voye ou tounen nan peyi ou (Règleman, atik 22).
    - Li pa pwouve ou an règ nan Meksik, epi li pa yon dokiman pou vwayaje nan peyi a.
    - Li oblije ou rete nan eta kote ou te kòmanse demach la.

    Li [Pandan w ap tann](guide:while-waiting): ou dwe prezante chak semèn nan COMAR oswa nan INM (Règleman, atik 24).
guide-how-to-apply-tijuana =
    ## Nan Tijuana
    - Baja California gen **yon sèl biwo COMAR**, nan Tijuana. Nan rès eta a, ou mande nan INM, men INM souvan voye moun ale san li pa pran demann yo, sitou moun ki pa gen èd legal. **Ale ak yon òganizasyon** si ou kapab.
    - Nan kòmansman 2025, Gad Nasyonal la te antoure biwo COMAR nan Tijuana. Sa fè moun pè, men mande azil se dwa ou.
    - Si ou te kòmanse demach ou nan yon lòt eta, COMAR pa t ap transfere l nan Tijuana: li te di moun tann jiskaske yo fèmen l, epi kòmanse yon nouvo demach.

    Sous: òganizasyon Amnesty International te fè entèvyou avèk yo, fevriye 2025.
guide-how-to-apply-unknown =
    - Rumbo pa jwenn okenn lis ofisyèl dokiman pou demann lan. Mande COMAR oswa yon òganizasyon anvan ou ale.
    - Rumbo pa jwenn nimewo telefòn ni lè biwo Tijuana a louvri, e li pa konnen si biwo a toujou nan menm adrès la. Verifye sa ak yon òganizasyon nan [anyè a](screen:directory).
