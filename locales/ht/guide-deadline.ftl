# Seksyon: Dat limit 30 jou ouvrab la
guide-deadline-title = Dat limit 30 jou ouvrab la
guide-deadline-summary = Kilè dat limit pou mande azil la fini, ak sa pou w fè si li pase deja.
guide-deadline-count =
    ## Mande azil a lè
    Mande azil **nan 30 jou ouvrab**. Yo konte yo apati jou ouvrab ki vin apre jou ou antre nan Meksik. Jou ouvrab (_días hábiles_) se lendi rive vandredi, san jou ferye yo.

    Mande azil **anvan "dènye jou ki sèten"** [kalkilatris dat limit la](screen:deadline) montre w. Demach la gratis.
guide-deadline-law =
    ## Lwa sou Refijye (LRPCAP), atik 18
    "El extranjero que solicite ser reconocido como refugiado deberá presentar por escrito su solicitud ante la Secretaría dentro del término de 30 días hábiles contados a partir del día hábil siguiente al que haya ingresado al país o, en su caso, a aquél en que le haya sido materialmente posible presentarla en los términos que defina el reglamento."

    Sa vle di: fè demann lan alekri (oswa ak bouch si ou pa ka ekri, jan menm atik la di) nan 30 jou ouvrab, apati jou ouvrab ki vin apre jou ou antre nan peyi a.
    - Si ou pa t kapab fè demann lan anvan, kont lan ka kòmanse jou li te vin posib pou w fè l (_materialmente posible_). Règleman lwa a (_Reglamento_) di ki ka sa yo ye.
    - Si danje a parèt apre ou fin kite peyi w, oswa akoz yon bagay ou fè nan Meksik, kont lan kòmanse jou apre ou vin konnen fè sa yo (atik 13, fraksyon III).
guide-deadline-working-days =
    ## Ki jou ki konte
    Samdi, dimanch ak jou ferye sa yo pa konte: 1ye janvye, 5 fevriye, 21 mas, 1ye ak 5 me, 1ye ak 16 septanm, 20 novanm ak 25 desanm (Lwa federal sou pwosedi administratif, LFPA, atik 28).

    Lendi ferye fevriye, mas ak novanm, Jedi Sen ak Vandredi Sen, ak vakans biwo yo sispann konte sèlman si yo deklare yo jou ki pa ouvrab nan jounal ofisyèl la (_Diario Oficial de la Federación_, DOF). Rumbo pa konnen si yo te deklare yo pou COMAR. Se pou sa kalkilatris la montre yon **dènye jou ki sèten** ak yon **dènye jou posib**.

    Si dènye jou a pa yon jou ouvrab, oswa biwo a fèmen, dat limit la pase nan pwochen jou ouvrab la (atik 29).
guide-deadline-if-late =
    ## Si dat limit ou pase deja
    - **Mande azil kanmenm.**
    - Esplike poukisa ou pa t ka fè l anvan: alekri oswa, si ou pa ka ekri, ak bouch. Lè sa a, otorite a dwe ekri sa ou di nan yon pwosè-vèbal (_acta_) (Lwa sou Refijye, atik 18). Pa egzanp: ou t ap tann yon randevou CBP One.
    - Pote prèv ak dokiman ou genyen, menm si se pa dokiman ofisyèl.
    - Si COMAR mande w esplike reta a, reponn nan delè li ba ou a.
    - Mande yon òganizasyon oswa yon avoka ede w.
guide-deadline-late =
    ## Sa Lakou Siprèm nan te di nan de ka
    An 2019, Lakou Siprèm Meksik te deside de ka (_amparos en revisión_ 353/2019 ak 399/2019) moun yo te refize demann yo paske yo te fè l an reta, epi li te ba yo rezon. Nan ka sa yo, Lakou a di prèv rezon reta a pa dwe sevè ni rijid, yo pa ka egzije dokiman pou pwouve sa k te anpeche moun nan mande azil, epi li sifi pou sa moun nan rakonte ak prèv li yo mache ak sitiyasyon li.

    Nou pa konnen si COMAR toujou aplike sa pou lòt moun. Pote dokiman ou genyen yo.
guide-deadline-tijuana =
    ## Tijuana, fevriye 2025
    Dapre òganizasyon Amnesty International te site, COMAR nan Tijuana t ap aksepte demann ki an reta. Li t ap aksepte kòm rezon ke moun nan pa t jwenn randevou CBP One anvan yo te anile CBP One.

    Amnesty International di se yon bon pratik, men li pè kritè sa a chanje oswa yo pa aplike l menm jan nan lòt eta.
guide-deadline-unknown =
    - Rumbo pa t jwenn tèks Règleman an, atik 19, sou demann ki an reta.
    - Li pa klè si Lakou Siprèm nan te valide dat limit atik 18 la, ni si desizyon 2019 yo oblije COMAR nan lòt ka.
    - Pa gen lis ofisyèl prèv COMAR aksepte.
    - Nou pa konnen ki jou COMAR te deklare pa ouvrab. COMAR te fèmen pou vakans nan fen 2025 epi li te relouvri 5 janvye 2026, men Rumbo pa t jwenn avi a nan DOF la.

    Mande yon òganizasyon oswa yon avoka sou ka pa w.
