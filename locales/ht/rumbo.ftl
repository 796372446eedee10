# Rumbo: tèks entèfas la an kreyòl ayisyen.
# BOUYON: okenn moun ki pale kreyòl natif natal poko revize tradiksyon sa a. Lè yon moun revize l,
# chanje translation-status pou "reviewed" (gade TRANSLATING.md).

## Eta tradiksyon sa a: source, reviewed oswa draft.
translation-status = draft
translation-source = tèks orijinal
translation-reviewed = yon moun ki pale lang lan natif natal revize l
translation-draft = bouyon: okenn moun ki pale lang lan natif natal poko revize l
copy-done = Li kopye.
copy-by-hand = Navigatè a pa kite w kopye isit la: tèks la chwazi, kopye l ak men w.
missing-text = (tèks la pa disponib)

## Lang
language-name = Kreyòl ayisyen
language-continue = Kontinye an kreyòl
first-run-title = Chwazi lang ou
language-switch-label = Lang
language-loading = Chajman…
language-unavailable = Nou pa t kapab chaje lang sa a. Konekte ak entènèt la, oswa ak Wi-Fi kote ou te jwenn Rumbo a, epi eseye ankò.

## Navigasyon
nav-label = Seksyon yo
nav-home = Akèy
nav-guides = Gid
nav-deadline = Dat limit
nav-directory = Anyè
nav-saved = Sove
nav-settings = Paramèt

## Akèy
home-title = Enfòmasyon pou chèche pwoteksyon nan Meksik
home-lead = Dwa ou, kijan pou mande azil, dat limit pou fè l, ak kote pou jwenn èd.
home-offline = Li mache san entènèt apre premye vizit la. Sa ou fè isit la rete nan telefòn sa a.
home-guides = Dwa ou ak pwosedi azil la, etap pa etap.
home-deadline = Kalkile dènye jou pou mande azil.
home-directory = Abri, èd legal ak nimewo ijans.
home-saved = Sa ou sove, toujou anba men ou, menm san entènèt.
not-legal-advice = Sa a se enfòmasyon jeneral, se pa konsèy legal. Anvan ou deside, pale ak yon òganizasyon oswa yon avoka ou fè konfyans.

## Gid
guides-title = Gid
guide-title = Gid
guide-back = Wè tout gid yo

## Dat limit
deadline-title = Dat limit 30 jou ouvrab
deadline-lead = Pou mande azil (estati refijye) nan Meksik, lalwa ba ou 30 jou ouvrab (días hábiles), ou kòmanse konte apati jou ouvrab ki vini apre jou ou antre nan peyi a.
deadline-lead-source = Sous: Lwa sou Refijye, Pwoteksyon Konplemantè ak Azil Politik (Ley sobre Refugiados, Protección Complementaria y Asilo Político), atik 18.

## Anyè
directory-title = Anyè

## Sa ou sove
saved-title = Sa ou sove
saved-lead = Sa ou sove rete sèlman nan aparèy sa a.
saved-save = Sove
saved-yes = Sove deja
saved-empty = Ou poko sove anyen. Touche "Sove" sou yon gid, yon kote nan anyè a oswa rezilta dat limit ou.
saved-deadlines = Dat limit
saved-guides = Gid
saved-entries = Kote
saved-gone = Li pa nan vèsyon Rumbo sa a ankò.
saved-deadline = { $term }: dènye jou ki sèten { $date }
saved-deadline-same = Kalkile ankò ak kalandriye jodi a: dat la pa chanje.
saved-deadline-changed = Kalkile ankò ak kalandriye jodi a: dat la chanje depi ou te sove l.
saved-notice-set-aside = Done ou te sove yo te domaje. Rumbo kenbe yon kopi sou kote nan depo navigatè sa a pou sit sa a, san li pa efase anyen, epi li rekòmanse.
saved-notice-newer = Done sa yo soti nan yon vèsyon Rumbo ki pi nouvo: ou ka wè yo, men ou pa ka chanje yo isit la.
saved-notice-failed = Rumbo pa t ka li oswa ekri sa ou sove yo sou aparèy sa a. Petèt navigatè a pa gen plas ankò, oswa se yon fenèt prive.
saved-notice-ok = Dakò
saved-move = Pote l sou yon lòt telefòn
saved-move-help = Telechaje yon fichye ak sa ou sove yo pou louvri l sou yon lòt telefòn. Nenpòt moun ki gen fichye a ka wè sa ou sove.
saved-import = Ajoute apati yon fichye Rumbo
saved-imported =
    { $count ->
        [0] Anyen nouvo: ou te deja gen tout sa ki nan fichye a.
       *[other] Yo ajoute { $count } bagay.
    }
saved-import-refused = Fichye sa a se pa yon fichye Rumbo ki ka li. Anyen pa chanje.
saved-export = Telechaje sa ou sove (.json)

## Paramèt
settings-title = Paramèt
settings-language = Lang
settings-about = Konsènan Rumbo
settings-data = Done ou yo
settings-data-stored = Rumbo kenbe bagay yo sèlman sou aparèy sa a: sa ou sove yo, dat ki nan Ka mwen, lang ou chwazi a, paj pou soti vit la ak mizajou kontni ou enpòte yo. Anyen pa soti la a.
about-what = Rumbo bay enfòmasyon san entènèt pou moun k ap chèche pwoteksyon nan Meksik: dwa ou, azil, dat limit ak kote pou jwenn èd.
about-version = Vèsyon
about-privacy-title = Vi prive
about-privacy = Anyen ou fè nan Rumbo pa soti nan aparèy sa a. Pa gen kont, pa gen swivi, pa gen piblisite.
about-licence-title = Lisans
about-licence = Kòd: lisans MIT. Tèks ki ekri pou Rumbo: CC BY 4.0. Sous yo site yo kenbe pwòp lisans pa yo.
about-translations = Tradiksyon

## Paj ki pa egziste
not-found-title = Paj la pa egziste
not-found-text = Adrès sa a pa egziste nan Rumbo. Li ka soti nan yon ansyen lyen.
not-found-home = Ale nan paj akèy la

## Dat (non yo sèvi pou ekri dat an mo)
date-long = { $weekday } { $day } { $month } { $year }
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
weekday-1 = lendi
weekday-2 = madi
weekday-3 = mèkredi
weekday-4 = jedi
weekday-5 = vandredi
weekday-6 = samdi
weekday-7 = dimanch
weekday-short-1 = le
weekday-short-2 = ma
weekday-short-3 = mè
weekday-short-4 = je
weekday-short-5 = va
weekday-short-6 = sa
weekday-short-7 = di
month-1 = janvye
month-2 = fevriye
month-3 = mas
month-4 = avril
month-5 = me
month-6 = jen
month-7 = jiyè
month-8 = out
month-9 = septanm
month-10 = oktòb
month-11 = novanm
month-12 = desanm
month-of-1 = janvye
month-of-2 = fevriye
month-of-3 = mas
month-of-4 = avril
month-of-5 = me
month-of-6 = jen
month-of-7 = jiyè
month-of-8 = out
month-of-9 = septanm
month-of-10 = oktòb
month-of-11 = novanm
month-of-12 = desanm

## Kalkilatè dat limit
deadline-term-label = Ki dat limit ou vle kalkile?
deadline-term-asylum = Mande azil (30 jou ouvrab)
deadline-term-appeal = Apèl pou revizyon, recurso de revisión (15 jou ouvrab)
deadline-term-decision = Repons COMAR (45 jou ouvrab)
deadline-term-ratify = Konfime yon demann (3 jou ouvrab)
deadline-start-asylum = Jou ou antre nan Meksik
deadline-start-appeal = Jou yo te ba ou notifikasyon desizyon an (notificación)
deadline-start-decision = Jou ou te depoze demann ou
deadline-start-ratify = Jou yon lòt moun te depoze demann ou
deadline-help-asylum = Si ou pa t ka depoze demann lan depi jou ou antre a, lalwa pèmèt ou konte apati jou li te vin posib pou ou fè l: ekri jou sa a. Si danje a soti nan bagay ki rive apre ou kite peyi ou, ou konte apati jou ou te konnen yo. Yon avoka ka di ou ki ka pa ou. (LRPCAP atik 18)
deadline-help-appeal = Delè a kòmanse «a partir de la notificación», apati notifikasyon an (LRPCAP atik 25). Si yo li l mo pou mo, jou notifikasyon an deja konte kòm jou 1: dènye jou ki sèten an konte l konsa. LFPA (atik 85) konte l apati jou apre notifikasyon an pran efè, ki ka yon jou pita: dènye jou posib la konte sa.
deadline-help-decision = COMAR dwe bay desizyon nan 45 jou ouvrab apati jou apre demann lan, e li ka pwolonje delè a yon fwa, jiska menm kantite jou ankò (LRPCAP atik 24). An reyalite, sa pran pi lontan anpil.
deadline-help-ratify = Si se yon lòt moun ki depoze demann ou, ou dwe konfime l (ratificar) an pèsòn devan COMAR oswa INM nan 3 jou ouvrab; si ou pa fè l, se kòm si demann lan pa t janm depoze (LRPCAP atik 11; Reglamento, atik 20). Sous yo pa di apati ki jou, kidonk dènye jou ki sèten an konte menm jou yo depoze demann lan kòm jou 1. Konfime l pi vit ou kapab epi mande COMAR.
deadline-day = Jou
deadline-month = Mwa
deadline-year = Ane
deadline-you-entered = Dat: { $date }
deadline-calculate = Kalkile
deadline-error-format = Ekri jou a ak ane a an chif.
deadline-error-impossible = Dat sa a pa egziste: mwa sa a gen { $days } jou.
deadline-error-before-law = Dat sa a vini anvan lwa sou refijye yo, ki te pibliye 27 janvye 2011.
deadline-error-after-today = Dat sa a vini apre jodi a.
deadline-error-beyond = Dat sa a depase kalandriye Rumbo a.
deadline-result-title = Rezilta
deadline-earliest = Dènye jou ki sèten: { $date }
deadline-earliest-help = Aji anvan jou sa a.
deadline-latest = Dènye jou posib: { $date }
deadline-latest-help = Sèlman si yo deklare jou ki pa sèten yo (make ak ?) pa jou ouvrab epi si yo konte delè a nan fason ki pi ta a.
deadline-extended = Si COMAR pwolonje delè a: { $date }
deadline-progress = Jodi a se { $today }. Jou ouvrab ki gentan pase: { $elapsed }. Jou ouvrab ki rete: { $left }.
deadline-status-open = Ou gen tan toujou.
deadline-status-last-days = Pa gen anpil jou ki rete.
deadline-status-past-earliest = Dènye jou ki sèten an pase, men dènye jou posib la poko pase: aji jodi a. Li ka konte kòm an reta.
deadline-status-past-latest = De dat yo pase deja.
deadline-unbounded = COMAR te fèmen pandan dat sa yo, e yo pa konnen kilè sa te kòmanse oswa fini: vrè dènye jou ou a ka pi ta.
deadline-no-closures = Yo pa konnen okenn fèmti ofisyèl pou dat sa yo.
deadline-calendar-title = Kont lan, mwa pa mwa
deadline-legend-start = Jou kòmansman (li pa konte)
deadline-legend-counted = Jou ouvrab ki konte
deadline-legend-certain = Li pa konte (lalwa di sa)
deadline-legend-uncertain = Li ka pa konte (si yo deklare l)
deadline-legend-earliest = Dènye jou ki sèten
deadline-legend-latest = Dènye jou posib
deadline-next-title = Kisa pou fè
deadline-next-apply = Depoze demann ou nan yon biwo COMAR oswa, kote ki pa genyen, nan INM, ki voye l bay COMAR. Li gratis. Si ou pa ka ekri l, ou ka fè l ak bouch.
deadline-next-apply-source = Sous: LRPCAP atik 18 ak 21; COMAR (comar.gob.mx).
deadline-next-late = Si delè a pase, ou ka toujou depoze demann lan epi esplike poukisa ou pa t ka fè l pi bonè: alekri oswa, si ou pa ka ekri, ak bouch, epi lè sa a otorite a dwe ekri sa ou di nan yon pwosè-vèbal (acta) (LRPCAP atik 18). An 2019, nan de ka, Lakou Siprèm nan te di yon istwa ki koresponn ak sitiyasyon ou ak prèv ou genyen ase, e yo pa ka egzije dokiman ki pwouve sa ki te anpeche ou. Nou pa konnen si COMAR toujou aplike sa: pote dokiman ou genyen yo epi, si COMAR mande w alekri pou w esplike reta a, reponn nan delè li ba ou a. Dapre òganizasyon Amnesty International site, nan Tijuana, an fevriye 2025, COMAR te aksepte kòm rezon lefèt ou pa t jwenn randevou CBP One anvan yo te anile CBP One. Pratik sa a ka chanje: chèche èd legal.
deadline-next-late-source = Sous: LRPCAP atik 18; SCJN, amparos en revisión 353/2019 ak 399/2019 (Debate, oktòb 2019); òganizasyon Amnesty International site, «Lives in Limbo», AMR 51/9029/2025 (fevriye 2025).
deadline-art29 = Si biwo a fèmen san avètisman dènye jou a, delè a pase nan pwochen jou ouvrab la (LFPA atik 29).
deadline-calendar-source = Kalandriye: LFPA atik 28, LFT atik 74 ak fèmti ofisyèl yo, chak ak sous li. Rasanble { $date }.
deadline-keep-title = Kenbe l
deadline-ics-neutral = Sèvi ak yon tit nòmal nan kalandriye a («Randevou»)
deadline-ics-neutral-title = Randevou
deadline-ics-title = Dènye jou ki sèten: { $term }
deadline-ics-warning = Evènman an vini ak yon rapèl { $days } jou ouvrab anvan. Evènman kalandriye ka parèt sou ekran ki bloke a epi yo ka kopye yo sou kont entènèt (Google, Apple, Microsoft).
deadline-ics-download = Mete l nan kalandriye a (.ics)
deadline-text-label = Rezilta a an tèks, pou kopye oswa voye l
deadline-copy = Kopye tèks la
deadline-copied = Tèks la kopye.
deadline-selected = Tèks la chwazi: kopye l ak meni telefòn ou.
deadline-copy-failed = Nou pa t ka kopye l: chwazi tèks la ak men ou.
deadline-next-bring = Kisa pou pote: Rumbo pa jwenn okenn lis ofisyèl dokiman pou mande azil. Mande COMAR oswa yon òganizasyon anvan ou ale.
deadline-share = Pataje tèks la

## Soti vit
exit-button = Soti vit
exit-hint = Kache Rumbo touswit epi louvri yon lòt paj. Oswa peze bouton Shift la twa fwa.
exit-reopen = Kontinye
settings-exit = Soti vit
settings-exit-help = Bouton "Soti vit" la, anlè chak ekran, oswa bouton Shift la peze twa fwa, kache Rumbo touswit epi louvri yon lòt paj. San entènèt paj sa a pa chaje, men Rumbo pa parèt sou ekran an ankò.
settings-exit-site = Ki kote pou ale
exit-site-weather = Yon rechèch sou tan an
exit-site-wikipedia = Wikipedia
exit-site-blank = Yon paj vid

## Efase
wipe-data = Efase done mwen yo
wipe-all = Retire Rumbo nan navigatè sa a
wipe-data-confirm = Sa ap efase sa ou sove yo, dat ki nan Ka mwen, lang ou chwazi a, paj pou soti vit la ak mizajou kontni ou enpòte yo (Rumbo retounen nan kontni li te vini avè l la). Rumbo ap kontinye mache san entènèt.
wipe-all-confirm = Sa ap efase tout sa epi kopi Rumbo pou san entènèt la tou. San entènèt, Rumbo p ap louvri ankò jiskaske ou vizite l ak entènèt.
wipe-data-yes = Wi, efase done mwen yo
wipe-all-yes = Wi, retire Rumbo
wipe-cancel = Anile
wipe-data-done = Done ou yo efase sou aparèy sa a.
wipe-start-again = Rekòmanse
wipe-all-done = Rumbo retire nan navigatè sa a. Fèmen onglè sa a.
wipe-cannot = Sa Rumbo pa ka efase
wipe-cannot-history = Istorik navigatè a: efase l nan paramèt navigatè a (Istorik).
wipe-cannot-files = Fichye ou telechaje yo (kalandriye .ics, paj HTML): efase yo nan aplikasyon Fichye oswa Telechajman.
wipe-cannot-calendar = Evènman ou mete nan kalandriye ou: efase yo nan aplikasyon kalandriye a.
wipe-cannot-icon = Ikòn nan sou ekran dakèy la: kenbe l peze epi retire l.
wipe-all-desktop = Efase tout sa Rumbo kenbe sou òdinatè sa a
wipe-all-desktop-confirm = Sa ap efase tout sa epi fichye fenèt Rumbo a te kenbe yo tou (kach ak depo). Pwogram nan ap rete enstale.
wipe-all-desktop-done = Tout sa Rumbo te kenbe sou òdinatè sa a efase. Fèmen fenèt la.
wipe-cannot-program = Pwogram Rumbo a li menm: dezenstale l ak zouti pwogram sistèm ou an.
